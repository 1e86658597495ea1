using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;
using static TechMarket.Server.Modules.Challenges.StageOutcome;

namespace TechMarket.UnitTests.Challenges.Award;

public class FailChallengeTests
{
    [Fact]
    public void The_officer_fails_an_awarded_challenge_with_a_reason()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();
        var officer = Actors.Bureau(Given.District);

        var failed = FailChallenge.Decide(story.State, new FailChallenge("  The winner withdrew from the project.  ", officer, Given.Now)).ShouldEmitSingle<ChallengeFailed>();

        failed.ShouldBe(new ChallengeFailed(story.Id, "The winner withdrew from the project.", officer.UserId, Given.Now));
        story.Then(failed).State.Status.ShouldBe(ChallengeStatus.Failed);
    }

    [Fact]
    public void A_horse_race_in_progress_can_fail()
    {
        var race = Given.AChallenge(Given.Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: Given.TwoStages)).WithBids(2).Closed().Awarded()
            .Gate(1, ("A", Eliminate), ("B", Continue));

        FailChallenge.Decide(race.State, new FailChallenge("No team reached the pilot line.", Actors.CityBureau(), Given.Now)).ShouldEmitSingle<ChallengeFailed>();
    }

    [Fact]
    public void Only_an_awarded_or_running_challenge_can_fail()
    {
        var underReview = Given.AChallenge().WithBids(2).Closed().WithExperts(1);
        var completed = Given.AChallenge().WithBids(1).Closed().Awarded();
        completed.Then(new ChallengeCompleted(completed.Id, Given.Now));

        FailChallenge.Decide(underReview.State, new FailChallenge("Too early.", Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        FailChallenge.Decide(completed.State, new FailChallenge("Too late.", Actors.Bureau(Given.District), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void An_officer_of_another_district_may_not_fail_it()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded();

        FailChallenge.Decide(story.State, new FailChallenge("Not mine.", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    public void A_failure_needs_a_reason(string reason) =>
        new FailChallengeValidator().ShouldBeInvalid(new FailChallengeRequest(reason), "Reason");
}
