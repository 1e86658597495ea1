using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

public class AwardChallengeTests
{
    private static readonly int Minimum = ChallengeOptions.DefaultMinimumReviews;

    /// <summary>Three experts; bid A scores 9s, B 8s, C 7s … (totals 90, 80, 70 …).</summary>
    private static ChallengeStory Reviewed(int bids, ChallengeTerms? terms = null, int experts = 3)
    {
        var story = Given.AChallenge(terms).WithBids(bids).Closed().WithExperts(experts);
        for (var i = 0; i < bids; i++)
        {
            story.ScoredByAll(ChallengeStory.Label(i), 9 - i, 9 - i, 9 - i, 9 - i);
        }

        return story;
    }

    private static Decision Award(ChallengeStory story, int minimum = 3, string district = Given.District) =>
        AwardChallenge.Decide(story.State, new AwardChallenge(minimum, Actors.Bureau(district), Given.Now), story.Bids);

    [Fact]
    public void A_single_winner_takes_the_whole_bounty_and_every_bid_gets_its_result()
    {
        var story = Reviewed(3).WithFeedback("B", "C");

        var awarded = Award(story).ShouldEmitSingle<ChallengeAwarded>();

        awarded.Results.Select(r => (r.Label, r.Rank, r.Score, r.Won, r.Funding)).ShouldBe(
            [("A", 1, 90m, true, 1_000_000m), ("B", 2, 80m, false, 0m), ("C", 3, 70m, false, 0m)]);
        awarded.Results[1].OrganisationId.ShouldBe(story.Bid("B").OrganisationId);
        awarded.Results[2].Averages.ShouldAllBe(a => a.Average == 7m);
        var state = story.Then(awarded).State;
        state.Status.ShouldBe(ChallengeStatus.Awarded);
        state.Results.ShouldBe(awarded.Results);
    }

    [Fact]
    public void A_horse_race_funds_its_top_n_equally_with_the_odd_cent_to_rank_one()
    {
        // Bounty 800 000 + 200 000 = 1 000 000 over three winners: 333 333.33 each, rank 1 gets 333 333.34.
        var story = Reviewed(4, Given.Terms(ChallengeMode.HorseRace, winnerCount: 3)).WithFeedback("D");

        var awarded = Award(story).ShouldEmitSingle<ChallengeAwarded>();

        awarded.Results.Select(r => (r.Label, r.Won, r.Funding)).ShouldBe(
            [("A", true, 333_333.34m), ("B", true, 333_333.33m), ("C", true, 333_333.33m), ("D", false, 0m)]);
        awarded.Results.Sum(r => r.Funding).ShouldBe(story.State.Bounty);
    }

    [Fact]
    public void When_fewer_bid_than_the_horse_race_funds_every_bid_wins()
    {
        var story = Reviewed(2, Given.Terms(ChallengeMode.HorseRace, winnerCount: 3));

        Award(story).ShouldEmitSingle<ChallengeAwarded>().Results.Select(r => (r.Won, r.Funding))
            .ShouldBe([(true, 500_000m), (true, 500_000m)]);
    }

    [Fact]
    public void The_score_is_rounded_for_the_result_only()
    {
        // Totals 90, 90, 80 → 86.666… shown as 86.67.
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(3);
        story.Scored("A", story.Experts[0], 9, 9, 9, 9).Scored("A", story.Experts[1], 9, 9, 9, 9).Scored("A", story.Experts[2], 8, 8, 8, 8);

        Award(story).ShouldEmitSingle<ChallengeAwarded>().Results.ShouldHaveSingleItem().Score.ShouldBe(86.67m);
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
        Award(story, minimum: 2).ShouldEmitSingle<ChallengeAwarded>();
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
        Award(story.WithFeedback("C")).ShouldEmitSingle<ChallengeAwarded>();
    }

    [Theory]
    [InlineData(1_000_000, 3, new[] { 333_333.34, 333_333.33, 333_333.33 })]
    [InlineData(100, 3, new[] { 33.34, 33.33, 33.33 })]
    [InlineData(200, 3, new[] { 66.68, 66.66, 66.66 })]
    [InlineData(0.05, 2, new[] { 0.03, 0.02 })]
    [InlineData(500, 1, new[] { 500.0 })]
    public void Splitting_the_bounty_rounds_down_and_gives_the_remainder_to_rank_one(double bounty, int winners, double[] expected) =>
        AwardChallenge.Split((decimal)bounty, winners).ShouldBe(expected.Select(e => (decimal)e));
}
