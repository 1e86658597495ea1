using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;
using static TechMarket.Server.Modules.Challenges.StageOutcome;

namespace TechMarket.UnitTests.Challenges.Award;

public class ReviewStageGateTests
{
    /// <summary>A horse race of three bids, A and B funded (500 000 each), in two stages of 30 % and 70 %.</summary>
    private readonly ChallengeStory _race = Given.AChallenge(Given.Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: Given.TwoStages))
        .WithBids(3).Closed().Awarded();

    private Decision Gate(int stage, params (string Label, StageOutcome Outcome)[] decisions) =>
        ReviewStageGate.Decide(_race.State, new ReviewStageGate(
            stage, [.. decisions.Select(d => new StageDecision(_race.BidId(d.Label), d.Outcome, null))], Actors.Bureau(Given.District), Given.Now));

    [Fact]
    public void The_bureau_continues_or_eliminates_every_team_at_the_first_gate()
    {
        var officer = Actors.Bureau(Given.District);
        List<StageDecision> decisions = [new(_race.BidId("A"), Continue, "  On track.  "), new(_race.BidId("B"), Eliminate, null)];

        var reviewed = ReviewStageGate.Decide(_race.State, new ReviewStageGate(1, decisions, officer, Given.Now)).ShouldEmitSingle<StageGateReviewed>();

        reviewed.ShouldBe(new StageGateReviewed(_race.Id, 1, reviewed.Decisions, officer.UserId, Given.Now));
        reviewed.Decisions.ShouldBe([decisions[0] with { Note = "On track." }, decisions[1]]);
        var state = _race.Then(reviewed).State;
        state.Status.ShouldBe(ChallengeStatus.InProgress);
        state.StagesReviewed.ShouldBe(1);
        state.Eliminated.ShouldBe([_race.BidId("B")]);
    }

    [Fact]
    public void An_eliminated_team_gets_no_further_stage()
    {
        _race.Gate(1, ("A", Continue), ("B", Eliminate));

        Gate(2, ("A", Continue), ("B", Continue)).ShouldBeRefused(ErrorKind.Conflict, "team-eliminated").Detail.ShouldContain("B");
        Gate(2, ("A", Continue)).ShouldEmitSingle<StageGateReviewed>();
    }

    [Fact]
    public void Gates_are_reviewed_in_order()
    {
        Gate(2, ("A", Continue), ("B", Continue)).ShouldBeRefused(ErrorKind.Conflict, "wrong-stage").Detail.ShouldContain("next is stage 1 of 2");
        Gate(0, ("A", Continue), ("B", Continue)).ShouldBeRefused(ErrorKind.Conflict, "wrong-stage");

        _race.Gate(1, ("A", Continue), ("B", Continue));

        Gate(1, ("A", Continue), ("B", Continue)).ShouldBeRefused(ErrorKind.Conflict, "wrong-stage");
    }

    [Fact]
    public void There_is_no_gate_after_the_last_stage()
    {
        _race.Gate(1, ("A", Continue), ("B", Continue)).Gate(2, ("A", Continue), ("B", Continue));

        Gate(3, ("A", Continue), ("B", Continue)).ShouldBeRefused(ErrorKind.Conflict, "all-stages-reviewed");
    }

    [Fact]
    public void Every_team_still_in_the_race_needs_a_decision() =>
        Gate(1, ("A", Continue)).ShouldBeRefused(ErrorKind.Invalid, "validation")
            .FieldErrors.ShouldNotBeNull()["decisions"].ShouldBe(["Decide on every team still in the race; missing: B."]);

    [Fact]
    public void A_bid_that_did_not_win_is_no_team_in_the_race() =>
        Gate(1, ("A", Continue), ("B", Continue), ("C", Continue)).ShouldBeRefused(ErrorKind.Invalid, "validation")
            .FieldErrors.ShouldNotBeNull()["decisions"].ShouldBe(["A decision names a bid that is not a team in this race."]);

    [Fact]
    public void Each_team_is_decided_once() =>
        new StageGateRequestValidator().ShouldBeInvalid(
                new StageGateRequest([new(_race.BidId("A"), Continue), new(_race.BidId("B"), Continue), new(_race.BidId("A"), Eliminate)]), "Decisions")
            ["Decisions"].ShouldBe(["Decide on each team once."]);

    [Fact]
    public void An_outcome_is_continue_or_eliminate_and_a_note_is_short() =>
        new StageGateRequestValidator().ShouldBeInvalid(
            new StageGateRequest([new(_race.BidId("A"), (StageOutcome)7), new(_race.BidId("B"), Continue, new string('x', 1001))]),
            "Decisions[0].Outcome", "Decisions[1].Note");

    [Fact]
    public void A_single_winner_challenge_has_no_stage_gates()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        ReviewStageGate.Decide(story.State, new ReviewStageGate(1, [new(story.BidId("A"), Continue, null)], Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "not-a-horse-race");
    }

    [Fact]
    public void No_gate_before_the_award()
    {
        var story = Given.AChallenge(Given.Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: Given.TwoStages)).WithBids(2).Closed().WithExperts(1);

        ReviewStageGate.Decide(story.State, new ReviewStageGate(1, [], Actors.Bureau(Given.District), Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void An_officer_of_another_district_may_not_review_a_gate() =>
        ReviewStageGate.Decide(_race.State, new ReviewStageGate(1, [], Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

    [Fact]
    public void The_first_stage_is_released_at_the_award() =>
        Released().ShouldBe(new Dictionary<string, decimal> { ["A"] = 150_000m, ["B"] = 150_000m }, ignoreOrder: true);

    [Fact]
    public void Only_a_team_that_continues_gets_the_next_stage()
    {
        _race.Gate(1, ("A", Continue), ("B", Eliminate));
        Released().ShouldBe(new Dictionary<string, decimal> { ["A"] = 500_000m, ["B"] = 150_000m }, ignoreOrder: true);

        _race.Gate(2, ("A", Continue));
        Released().ShouldBe(new Dictionary<string, decimal> { ["A"] = 500_000m, ["B"] = 150_000m }, ignoreOrder: true);
        StageQueries.View(_race.Details, bureau: false).Teams.Select(t => (t.Label, t.BidId, t.Eliminated)).ShouldBe([("A", null, false), ("B", null, true)]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 100_000.00)] // 333 333.34 × 30 % = 100 000.002
    [InlineData(2, 333_333.34)] // the whole funding, to the cent
    public void Released_funding_is_rounded_to_the_cent_and_adds_up(int stagesReached, double expected) =>
        StageFunding.ReleasedUpTo(333_333.34m, Given.TwoStages, stagesReached).ShouldBe((decimal)expected);

    [Fact]
    public void Without_stages_the_whole_funding_is_released() =>
        StageFunding.ReleasedUpTo(1_000_000m, [], 0).ShouldBe(1_000_000m);

    /// <summary>Each team's funding released so far, as the stages page shows it.</summary>
    private Dictionary<string, decimal> Released() =>
        StageQueries.View(_race.Details, bureau: true).Teams.ToDictionary(t => t.Label, t => t.Released);
}
