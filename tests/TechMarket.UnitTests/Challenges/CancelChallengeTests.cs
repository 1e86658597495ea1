using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class CancelChallengeTests
{
    public static TheoryData<ChallengeStatus> BeforeTheAward =>
        new(ChallengeStatus.Draft, ChallengeStatus.Published, ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview);

    [Theory]
    [MemberData(nameof(BeforeTheAward))]
    public void The_officer_calls_a_challenge_off_with_a_reason_until_it_is_awarded(ChallengeStatus status)
    {
        var story = Given.AChallengeIn(status);
        var officer = Actors.Bureau(Given.District);

        var cancelled = CancelChallenge.Decide(story.State, new CancelChallenge("  The enterprise withdrew its funding. ", officer, Given.Now))
            .ShouldEmitSingle<ChallengeCancelled>();

        cancelled.ShouldBe(new ChallengeCancelled(story.Id, "The enterprise withdrew its funding.", officer.UserId, Given.Now));
        story.Then(cancelled);
        story.State.Status.ShouldBe(ChallengeStatus.Cancelled);
        story.Details.CancellationReason.ShouldBe("The enterprise withdrew its funding.");
    }

    [Theory]
    [InlineData(ChallengeStatus.Awarded, "awarded")]
    [InlineData(ChallengeStatus.InProgress, "in progress")]
    [InlineData(ChallengeStatus.Completed, "completed")]
    [InlineData(ChallengeStatus.Failed, "failed")]
    [InlineData(ChallengeStatus.Cancelled, "cancelled")]
    public void From_the_award_on_a_challenge_cannot_be_cancelled(ChallengeStatus status, string described)
    {
        var story = Given.AChallengeIn(status);

        CancelChallenge.Decide(story.State, new CancelChallenge("Too late", Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition")
            .Detail.ShouldBe($"A challenge that is {described} cannot be cancelled.");
    }

    [Fact]
    public void A_city_wide_officer_may_cancel() =>
        CancelChallenge.Decide(Given.AChallengeIn(ChallengeStatus.Published).State, new CancelChallenge("Merged into another", Actors.CityBureau(), Given.Now))
            .ShouldEmitSingle<ChallengeCancelled>();

    [Fact]
    public void Officers_of_another_district_cannot_cancel() =>
        CancelChallenge.Decide(Given.AChallengeIn(ChallengeStatus.Published).State, new CancelChallenge("Not mine", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
}
