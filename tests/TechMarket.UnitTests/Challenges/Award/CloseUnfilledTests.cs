using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

public class CloseUnfilledTests
{
    private static Decision CloseUnfilled(ChallengeStory story, Actor? officer = null) =>
        Server.Modules.Challenges.Award.CloseUnfilled.Decide(story.State, new CloseUnfilled(
            " 无方案达到及格分，流榜 ", ChallengeOptions.DefaultMinimumReviews, officer ?? Actors.Bureau(Given.District), Given.Now));

    [Fact]
    public void When_no_bid_reaches_the_pass_mark_the_bureau_closes_the_challenge_as_unfilled()
    {
        var story = RepublishChallengeTests.Reviewed(passMark: 80.5m);
        var officer = Actors.Bureau(Given.District);

        var unfilled = CloseUnfilled(story, officer).ShouldEmitSingle<ChallengeUnfilled>();

        unfilled.ShouldBe(new ChallengeUnfilled(story.Id, "无方案达到及格分，流榜", officer.UserId, Given.Now));
        story.Then(unfilled).State.Status.ShouldBe(ChallengeStatus.Unfilled);
        (story.Details.Status, story.Details.UnfilledReason).ShouldBe((ChallengeStatus.Unfilled, "无方案达到及格分，流榜"));
    }

    [Fact]
    public void A_challenge_nobody_bid_on_closes_as_unfilled() =>
        CloseUnfilled(Given.AChallenge().WithBids(0).Closed()).ShouldEmitSingle<ChallengeUnfilled>();

    [Fact]
    public void When_a_bid_reached_the_pass_mark_it_is_not_unfilled() =>
        CloseUnfilled(RepublishChallengeTests.Reviewed(passMark: 80m)).ShouldBeRefused(ErrorKind.Conflict, "pass-mark-reached");

    [Fact]
    public void Only_the_covering_bureau_closes_it() =>
        CloseUnfilled(RepublishChallengeTests.Reviewed(passMark: 85m), Actors.Bureau(Given.OtherDistrict))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

    [Theory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.Published)]
    [InlineData(ChallengeStatus.InProgress)]
    public void Only_a_closed_challenge_becomes_unfilled(ChallengeStatus status) =>
        CloseUnfilled(Given.AChallengeIn(status)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
}
