using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;
using static TechMarket.Server.Modules.Challenges.StageOutcome;

namespace TechMarket.UnitTests.Challenges.Award;

public class AcceptResultsTests
{
    private static ChallengeStory HorseRace(IReadOnlyList<FundingStage>? stages = null) =>
        Given.AChallenge(Given.Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: stages ?? Given.TwoStages)).WithBids(3).Closed().Awarded();

    private static Actor Funder(ChallengeStory story, int index = 0) => Actors.Enterprise(story.Funding[index].EnterpriseId);

    [Fact]
    public void The_only_funder_accepting_completes_a_single_winner_challenge()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();
        var user = Funder(story);

        var decision = AcceptResults.Decide(story.State, new AcceptResults(user, Given.Now));

        decision.Error.ShouldBeNull();
        decision.Events.ShouldBe([new ResultsAccepted(story.Id, story.Funding[0].EnterpriseId, user.UserId, Given.Now), new ChallengeCompleted(story.Id, Given.Now)]);
        var state = decision.Events.Aggregate(story, (s, e) => s.Then(e)).State;
        state.Status.ShouldBe(ChallengeStatus.Completed);
        state.AcceptedBy.ShouldBe([story.Funding[0].EnterpriseId]);
    }

    [Fact]
    public void With_two_funders_the_challenge_completes_when_the_second_accepts()
    {
        var story = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(2).Closed().Awarded();

        story.Then(AcceptResults.Decide(story.State, new AcceptResults(Funder(story, 0), Given.Now)).ShouldEmitSingle<ResultsAccepted>());
        story.State.Status.ShouldBe(ChallengeStatus.Awarded);
        var second = Funder(story, 1);

        var decision = AcceptResults.Decide(story.State, new AcceptResults(second, Given.Now));

        decision.Events.ShouldBe([new ResultsAccepted(story.Id, story.Funding[1].EnterpriseId, second.UserId, Given.Now), new ChallengeCompleted(story.Id, Given.Now)]);
        var state = decision.Events.Aggregate(story, (s, e) => s.Then(e)).State;
        state.Status.ShouldBe(ChallengeStatus.Completed);
        state.AcceptedBy.ShouldBe([story.Funding[0].EnterpriseId, story.Funding[1].EnterpriseId], ignoreOrder: true);
    }

    [Fact]
    public void An_enterprise_accepts_once()
    {
        var story = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(2).Closed().Awarded();
        story.Then(AcceptResults.Decide(story.State, new AcceptResults(Funder(story), Given.Now)).ShouldEmitSingle<ResultsAccepted>());

        AcceptResults.Decide(story.State, new AcceptResults(Funder(story), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "already-accepted");
    }

    [Fact]
    public void Only_a_user_of_a_funding_enterprise_accepts()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        foreach (var outsider in new[]
                 {
                     Actors.Enterprise(Guid.CreateVersion7()), Actors.University(story.Bid("A").OrganisationId),
                     Actors.University(story.Funding[0].EnterpriseId), Actors.Bureau(Given.District),
                 })
        {
            AcceptResults.Decide(story.State, new AcceptResults(outsider, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-funder");
        }
    }

    [Fact]
    public void Results_are_accepted_only_after_the_award()
    {
        var story = Given.AChallenge().WithBids(2).Closed().WithExperts(3);

        AcceptResults.Decide(story.State, new AcceptResults(Funder(story), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void A_horse_race_is_judged_only_after_its_last_stage_gate()
    {
        var race = HorseRace();
        AcceptResults.Decide(race.State, new AcceptResults(Funder(race), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "stages-pending").Detail.ShouldContain("0 of 2");

        race.Gate(1, ("A", Continue), ("B", Eliminate));
        AcceptResults.Decide(race.State, new AcceptResults(Funder(race), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "stages-pending").Detail.ShouldContain("1 of 2");

        race.Gate(2, ("A", Continue));
        AcceptResults.Decide(race.State, new AcceptResults(Funder(race), Given.Now)).Events.Select(e => e.GetType())
            .ShouldBe([typeof(ResultsAccepted), typeof(ChallengeCompleted)]);
    }

    [Fact]
    public void A_horse_race_without_stages_is_judged_right_after_the_award()
    {
        var race = HorseRace(stages: []);
        var user = Funder(race);

        var decision = AcceptResults.Decide(race.State, new AcceptResults(user, Given.Now));

        decision.Events.ShouldBe([new ResultsAccepted(race.Id, race.Funding[0].EnterpriseId, user.UserId, Given.Now), new ChallengeCompleted(race.Id, Given.Now)]);
        var state = decision.Events.Aggregate(race, (s, e) => s.Then(e)).State;
        state.Status.ShouldBe(ChallengeStatus.Completed);
        state.AcceptedBy.ShouldBe([race.Funding[0].EnterpriseId]);
    }

    [Fact]
    public void When_every_team_was_eliminated_there_is_nothing_to_accept()
    {
        var race = HorseRace().Gate(1, ("A", Eliminate), ("B", Continue)).Gate(2, ("B", Eliminate));

        AcceptResults.Decide(race.State, new AcceptResults(Funder(race), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "no-team-left");
    }

    [Fact]
    public void A_completed_challenge_takes_no_more_acceptances()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded();
        foreach (var e in AcceptResults.Decide(story.State, new AcceptResults(Funder(story), Given.Now)).Events)
        {
            story.Then(e);
        }

        story.State.Status.ShouldBe(ChallengeStatus.Completed);
        AcceptResults.Decide(story.State, new AcceptResults(Funder(story), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
