using TechMarket.Server.Infrastructure;
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

    private static AcceptResults Accept(Actor funder, SiteValidation? site = null) => new(null, [], site, funder, Given.Now, Given.ApprovedOf(funder));

    private static AcceptResults Adopt(Actor funder, string adopted, params TeamJudgement[] teams) => new(adopted, teams, null, funder, Given.Now, Given.ApprovedOf(funder));

    [Fact]
    public void The_only_funder_accepting_the_delivered_results_completes_a_single_winner_challenge()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");
        var user = Funder(story);

        var decision = AcceptResults.Decide(story.State, Accept(user));

        decision.Error.ShouldBeNull();
        decision.Events.ShouldBe([
            new ResultsAccepted(story.Id, story.Funding[0].EnterpriseId, user.UserId, Given.Now, story.BidId("A"), [], null),
            new ChallengeCompleted(story.Id, Given.Now)]);
        var state = decision.Events.Aggregate(story, (s, e) => s.Then(e)).State;
        state.Status.ShouldBe(ChallengeStatus.Completed);
        state.AcceptedBy.ShouldBe([story.Funding[0].EnterpriseId]);
    }

    [Fact]
    public void A_single_winner_s_results_are_accepted_only_once_it_delivered()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        AcceptResults.Decide(story.State, Accept(Funder(story))).ShouldBeRefused(ErrorKind.Conflict, "not-delivered").Detail.ShouldContain("Team A");
    }

    [Fact]
    public void Validation_on_the_production_floor_is_recorded_with_site_date_and_participants()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded().Delivered("A");
        var site = new SiteValidation("  梅山港区调度中心 ", new DateOnly(2026, 11, 24), [" 王海 ", "赵磊"]);

        var accepted = AcceptResults.Decide(story.State, Accept(Funder(story), site)).Events[0].ShouldBeOfType<ResultsAccepted>();

        accepted.Site.ShouldBe(new SiteValidation("梅山港区调度中心", new DateOnly(2026, 11, 24), ["王海", "赵磊"]), new SiteComparer());
        story.Then(accepted).Details.Verdicts.ShouldHaveSingleItem().Site!.Site.ShouldBe("梅山港区调度中心");
    }

    [Fact]
    public void A_validation_on_the_production_floor_cannot_be_dated_in_the_future()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded().Delivered("A");
        var tomorrow = new SiteValidation("车间", Given.Now.AddDays(1).DateInChina(), ["王海"]);

        AcceptResults.Decide(story.State, Accept(Funder(story), tomorrow)).ShouldBeInvalid("site.date");
    }

    [Fact]
    public void A_single_winner_has_no_teams_to_judge()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");

        AcceptResults.Decide(story.State, Adopt(Funder(story), "A", new TeamJudgement("A", true))).ShouldBeInvalid("teams");
    }

    [Fact]
    public void With_two_funders_the_challenge_completes_when_the_second_accepts()
    {
        var story = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(2).Closed().Awarded().Delivered("A");

        story.Then(AcceptResults.Decide(story.State, Accept(Funder(story, 0))).ShouldEmitSingle<ResultsAccepted>());
        story.State.Status.ShouldBe(ChallengeStatus.Awarded);

        var decision = AcceptResults.Decide(story.State, Accept(Funder(story, 1)));

        decision.Events.Select(e => e.GetType()).ShouldBe([typeof(ResultsAccepted), typeof(ChallengeCompleted)]);
        var state = decision.Events.Aggregate(story, (s, e) => s.Then(e)).State;
        state.AcceptedBy.ShouldBe([story.Funding[0].EnterpriseId, story.Funding[1].EnterpriseId], ignoreOrder: true);
    }

    [Fact]
    public void An_enterprise_accepts_once()
    {
        var story = Given.AChallenge(funding: [500_000m, 300_000m]).WithBids(2).Closed().Awarded().Delivered("A");
        story.Then(AcceptResults.Decide(story.State, Accept(Funder(story))).ShouldEmitSingle<ResultsAccepted>());

        AcceptResults.Decide(story.State, Accept(Funder(story))).ShouldBeRefused(ErrorKind.Conflict, "already-accepted");
    }

    [Fact]
    public void Only_a_user_of_a_funding_enterprise_accepts()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");

        foreach (var outsider in new[]
                 {
                     Actors.Enterprise(Guid.CreateVersion7()), Actors.University(story.Bid("A").OrganisationId),
                     Actors.University(story.Funding[0].EnterpriseId), Actors.Bureau(Given.District),
                 })
        {
            AcceptResults.Decide(story.State, Accept(outsider)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-funder");
        }
    }

    [Fact]
    public void Results_are_accepted_only_after_the_award()
    {
        var story = Given.AChallenge().WithBids(2).Closed().WithExperts(3);

        AcceptResults.Decide(story.State, Accept(Funder(story))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void A_horse_race_is_judged_only_after_its_last_stage_gate()
    {
        var race = HorseRace().Delivered("A");
        AcceptResults.Decide(race.State, Adopt(Funder(race), "A", new("A", true), new("B", true)))
            .ShouldBeRefused(ErrorKind.Conflict, "stages-pending").Detail.ShouldContain("0 of 2");

        race.Gate(1, ("A", Continue), ("B", Eliminate));
        AcceptResults.Decide(race.State, Adopt(Funder(race), "A", new TeamJudgement("A", true))).ShouldBeRefused(ErrorKind.Conflict, "stages-pending").Detail.ShouldContain("1 of 2");

        race.Gate(2, ("A", Continue));
        AcceptResults.Decide(race.State, Adopt(Funder(race), "A", new TeamJudgement("A", true))).Events.Select(e => e.GetType())
            .ShouldBe([typeof(ResultsAccepted), typeof(ChallengeCompleted)]);
    }

    [Fact]
    public void In_a_horse_race_the_funder_judges_each_team_and_adopts_the_result_of_one_it_accepts()
    {
        var race = HorseRace(stages: []).Delivered("A").Delivered("B");
        var user = Funder(race);

        var accepted = AcceptResults.Decide(race.State, Adopt(user, "B", new("A", false, "  循环寿命未达标 "), new("B", true, "指标全部达成")))
            .Events[0].ShouldBeOfType<ResultsAccepted>();

        accepted.AdoptedBidId.ShouldBe(race.BidId("B"));
        accepted.Teams!.ShouldBe([new TeamVerdict(race.BidId("A"), "A", false, "循环寿命未达标"), new TeamVerdict(race.BidId("B"), "B", true, "指标全部达成")]);
        var verdict = race.Then(accepted).Details.Verdicts.ShouldHaveSingleItem();
        (verdict.Accepted, verdict.AdoptedLabel, verdict.Round).ShouldBe((true, "B", 1));
    }

    [Fact]
    public void A_horse_race_verdict_covers_every_team_in_the_race_and_adopts_an_accepted_one_that_delivered()
    {
        var race = HorseRace(stages: []).Delivered("A");
        var user = Funder(race);

        AcceptResults.Decide(race.State, Adopt(user, "A", new TeamJudgement("A", true))).ShouldBeInvalid("teams").ShouldContain("missing: B");
        AcceptResults.Decide(race.State, Adopt(user, "A", new("A", true), new("B", true), new("C", true))).ShouldBeInvalid("teams");
        AcceptResults.Decide(race.State, Adopt(user, "A", new("A", false), new("B", true))).ShouldBeInvalid("adopted");
        AcceptResults.Decide(race.State, new AcceptResults(null, [new("A", true), new("B", true)], null, user, Given.Now, Own: Given.ApprovedOf(user))).ShouldBeInvalid("adopted");
        AcceptResults.Decide(race.State, Adopt(user, "B", new("A", true), new("B", true))).ShouldBeRefused(ErrorKind.Conflict, "not-delivered");
    }

    [Fact]
    public void When_every_team_was_eliminated_there_is_nothing_to_accept()
    {
        var race = HorseRace().Gate(1, ("A", Eliminate), ("B", Continue)).Gate(2, ("B", Eliminate));

        AcceptResults.Decide(race.State, Adopt(Funder(race), "B", new TeamJudgement("B", true))).ShouldBeRefused(ErrorKind.Conflict, "no-team-left");
    }

    [Fact]
    public void A_completed_challenge_takes_no_more_acceptances()
    {
        var story = Given.AChallenge().WithBids(1).Closed().Awarded().Delivered("A");
        foreach (var e in AcceptResults.Decide(story.State, Accept(Funder(story))).Events)
        {
            story.Then(e);
        }

        story.State.Status.ShouldBe(ChallengeStatus.Completed);
        AcceptResults.Decide(story.State, Accept(Funder(story))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void The_request_shape_is_checked_before_the_decision()
    {
        var validator = new AcceptResultsValidator();
        validator.ShouldBeInvalid(new AcceptResultsRequest(Site: new SiteValidation("", new DateOnly(2026, 11, 1), ["王海"])), "Site.Site");
        validator.ShouldBeInvalid(new AcceptResultsRequest(Site: new SiteValidation("车间一", new DateOnly(2026, 11, 1), [])), "Site.Participants");
        validator.ShouldBeInvalid(new AcceptResultsRequest("A", [new("A", true), new("A", false)]), "Teams");
    }

    /// <summary>Records holding lists compare the lists by reference; compare what is shown.</summary>
    private sealed class SiteComparer : IEqualityComparer<SiteValidation?>
    {
        public bool Equals(SiteValidation? x, SiteValidation? y) =>
            x is not null && y is not null && x.Site == y.Site && x.Date == y.Date && x.Participants.SequenceEqual(y.Participants);

        public int GetHashCode(SiteValidation? obj) => 0;
    }
}
