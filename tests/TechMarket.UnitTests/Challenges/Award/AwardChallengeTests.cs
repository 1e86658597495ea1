using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

public class AwardChallengeTests
{
    private static readonly int Minimum = ChallengeOptions.DefaultMinimumReviews;

    /// <summary>Three experts; bid A scores 9s, B 8s, C 7s … (totals 90, 80, 70 …).</summary>
    private static ChallengeStory Reviewed(int bids, ChallengeTerms? terms = null, int experts = 3, params decimal[] budgets)
    {
        var story = Given.AChallenge(terms).WithBids(bids, budgets).Closed().WithExperts(experts);
        for (var i = 0; i < bids; i++)
        {
            story.ScoredByAll(ChallengeStory.Label(i), 9 - i, 9 - i, 9 - i, 9 - i);
        }

        return story;
    }

    private static Decision Award(ChallengeStory story, int minimum = 3, string district = Given.District) =>
        AwardChallenge.Decide(story.State, new AwardChallenge(minimum, ChallengeOptions.DefaultPublicityDays, Actors.Bureau(district), Given.Now), story.Bids);

    [Fact]
    public void A_single_winner_takes_the_whole_bounty_and_every_bid_gets_its_result()
    {
        var story = Reviewed(3).WithFeedback("B", "C");

        var awarded = Award(story).ShouldEmitSingle<AwardProposed>();

        awarded.Results.Select(r => (r.Label, r.Rank, r.Score, r.Won, r.Funding)).ShouldBe(
            [("A", 1, 90m, true, 1_000_000m), ("B", 2, 80m, false, 0m), ("C", 3, 70m, false, 0m)]);
        awarded.Results[1].OrganisationId.ShouldBe(story.Bid("B").OrganisationId);
        awarded.Results[2].Averages.ShouldAllBe(a => a.Average == 7m);
        awarded.PublicityEndsAt.ShouldBe(Given.Now.AddDays(5));
        var state = story.Then(awarded).State;
        state.Status.ShouldBe(ChallengeStatus.InPublicity);
        state.Results.ShouldBe(awarded.Results);
    }

    [Fact]
    public void A_single_winner_is_funded_what_its_bid_asked_for_not_the_whole_bounty()
    {
        var story = Reviewed(2, budgets: [620_000.50m, 900_000m]).WithFeedback("B");

        var awarded = Award(story).ShouldEmitSingle<AwardProposed>();

        awarded.Results.Select(r => (r.Label, r.Won, r.Funding)).ShouldBe([("A", true, 620_000.50m), ("B", false, 0m)]);
        var details = story.Then(awarded).Details;
        ChallengeVisibility.ToView(details, Actors.Bureau(Given.District), 2, new Dictionary<Guid, string>(), Given.Now).Unawarded.ShouldBe(379_999.50m);
    }

    [Fact]
    public void A_horse_race_funds_each_team_its_budget_up_to_the_bounty_divided_by_the_planned_winners()
    {
        // Bounty 1 000 000 over three planned teams: at most 333 333.33 each; B asked for less.
        var story = Reviewed(4, Given.Terms(ChallengeMode.HorseRace, winnerCount: 3), budgets: [333_333.33m, 250_000m, 333_333.33m, 300_000m])
            .WithFeedback("D");

        var awarded = Award(story).ShouldEmitSingle<AwardProposed>();

        awarded.Results.Select(r => (r.Label, r.Won, r.Funding)).ShouldBe(
            [("A", true, 333_333.33m), ("B", true, 250_000m), ("C", true, 333_333.33m), ("D", false, 0m)]);
    }

    [Fact]
    public void When_fewer_bid_than_the_horse_race_funds_every_bid_wins_without_a_larger_share()
    {
        var story = Reviewed(2, Given.Terms(ChallengeMode.HorseRace, winnerCount: 3));

        Award(story).ShouldEmitSingle<AwardProposed>().Results.Select(r => (r.Won, r.Funding))
            .ShouldBe([(true, 333_333.33m), (true, 333_333.33m)]);
    }

    [Fact]
    public void Only_bids_at_or_above_the_pass_mark_win()
    {
        // A 90, B 80, C 70 against a pass mark of 80: a horse race of three funds A and B only; C needs feedback.
        var story = Reviewed(3, Given.Terms(ChallengeMode.HorseRace, winnerCount: 3) with { PassMark = 80m });
        Award(story).ShouldBeRefused(ErrorKind.Conflict, "feedback-missing").Detail.ShouldEndWith("missing for: C.");

        var awarded = Award(story.WithFeedback("C")).ShouldEmitSingle<AwardProposed>();

        awarded.Results.Select(r => (r.Label, r.Won)).ShouldBe([("A", true), ("B", true), ("C", false)]);
    }

    [Fact]
    public void When_no_bid_reaches_the_pass_mark_there_is_no_award()
    {
        var story = Reviewed(2, Given.Terms() with { PassMark = 90.01m }).WithFeedback("A", "B");

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "pass-mark-not-reached").Detail
            .ShouldBe("No bid reached the pass mark of 90.01; re-publish the challenge with a later deadline, or close it as 流榜.");
    }

    [Fact]
    public void The_score_is_rounded_for_the_result_only()
    {
        // Totals 90, 90, 80 → 86.666… shown as 86.67.
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(3);
        story.Scored("A", story.Experts[0], 9, 9, 9, 9).Scored("A", story.Experts[1], 9, 9, 9, 9).Scored("A", story.Experts[2], 8, 8, 8, 8);

        Award(story).ShouldEmitSingle<AwardProposed>().Results.ShouldHaveSingleItem().Score.ShouldBe(86.67m);
    }

    [Fact]
    public void An_officer_of_another_district_may_not_award() =>
        Award(Reviewed(1), district: Given.OtherDistrict).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

    [Fact]
    public void There_is_no_award_before_the_review()
    {
        var closed = Given.AChallenge().WithBids(2).Closed();
        var open = Given.AChallenge().WithBids(2);

        Award(closed).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        Award(open).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void A_challenge_cannot_be_awarded_twice()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Without_bids_there_is_nothing_to_award()
    {
        var story = Given.AChallenge().WithBids(0).Closed();

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "no-bids");
    }

    [Fact]
    public void The_award_waits_for_the_minimum_number_of_reviews_naming_the_bids_short_of_it()
    {
        var story = Given.AChallenge().WithBids(3).Closed().WithExperts(3).ScoredByAll("B", 8, 8, 8, 8);
        story.Scored("A", story.Experts[0], 9, 9, 9, 9).Scored("A", story.Experts[1], 9, 9, 9, 9).WithFeedback("B", "C");

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "not-enough-reviews").Detail.ShouldContain("A (2), C (0)");
        Award(story, minimum: 2).ShouldBeRefused(ErrorKind.Conflict, "not-enough-reviews").Detail.ShouldContain("C (0)");
    }

    [Fact]
    public void A_lower_minimum_lets_the_bureau_award_on_fewer_reviews()
    {
        var story = Reviewed(2, experts: 2).WithFeedback("B");

        Award(story, minimum: Minimum).ShouldBeRefused(ErrorKind.Conflict, "not-enough-reviews");
        Award(story, minimum: 2).ShouldEmitSingle<AwardProposed>();
    }

    [Fact]
    public void The_award_waits_for_feedback_to_every_bid_that_does_not_win()
    {
        var story = Reviewed(3).WithFeedback("B");

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "feedback-missing").Detail.ShouldContain("missing for: C.");
    }

    [Fact]
    public void Winners_of_a_horse_race_need_no_feedback_but_the_others_do()
    {
        var story = Reviewed(3, Given.Terms(ChallengeMode.HorseRace, winnerCount: 2));

        Award(story).ShouldBeRefused(ErrorKind.Conflict, "feedback-missing").Detail.ShouldContain("missing for: C.");
        Award(story.WithFeedback("C")).ShouldEmitSingle<AwardProposed>();
    }

    [Theory]
    [InlineData(1_000_000, ChallengeMode.SingleWinner, 1, 1_000_000)]
    [InlineData(1_000_000, ChallengeMode.HorseRace, 3, 333_333.33)]
    [InlineData(1_000_000.01, ChallengeMode.HorseRace, 2, 500_000)]
    public void A_winner_s_share_is_the_bounty_or_the_bounty_divided_by_the_planned_teams_rounded_down(
        double bounty, ChallengeMode mode, int winners, double cap) =>
        FundingLimits.PerWinnerCap((decimal)bounty, Given.Terms(mode, winners)).ShouldBe((decimal)cap);
}
