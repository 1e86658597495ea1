using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class RankingTests
{
    [Fact]
    public void A_reviewer_s_total_weighs_each_score_out_of_a_hundred()
    {
        // 8×40 + 7×30 + 9×20 + 6×10 = 770, over 10 = 77.
        List<CriterionScore> scores = [new("technical", 8, null), new("team", 7, null), new("budget", 9, null), new("schedule", 6, null)];

        Ranking.ReviewerTotal(Given.Criteria, scores).ShouldBe(77m);
    }

    [Fact]
    public void With_four_reviewers_every_total_counts()
    {
        // Totals 100, 90, 70, 10: (100 + 90 + 70 + 10) / 4 = 67.5 — nothing dropped below five reviewers.
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(4);
        int[] uniform = [10, 9, 7, 1];
        for (var i = 0; i < 4; i++)
        {
            story.Scored("A", story.Experts[i], uniform[i], uniform[i], uniform[i], uniform[i]);
        }

        Ranking.Rank(story.State).ShouldHaveSingleItem().Score.ShouldBe(67.5m);
    }

    [Fact]
    public void With_five_reviewers_the_highest_and_lowest_totals_are_dropped()
    {
        // Totals 100, 90, 70, 50, 10: drop 100 and 10, (90 + 70 + 50) / 3 = 70 (the plain mean would be 64).
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(5);
        int[] uniform = [10, 9, 7, 5, 1];
        for (var i = 0; i < 5; i++)
        {
            story.Scored("A", story.Experts[i], uniform[i], uniform[i], uniform[i], uniform[i]);
        }

        var ranked = Ranking.Rank(story.State).ShouldHaveSingleItem();
        ranked.Score.ShouldBe(70m);
        ranked.Reviews.ShouldBe(5);
    }

    [Fact]
    public void Only_one_highest_and_one_lowest_are_dropped_when_totals_repeat() =>
        // 90, 90, 80, 60, 60: drop one 90 and one 60, (90 + 80 + 60) / 3 = 76.67 (full precision kept).
        Ranking.BidScore([90m, 90m, 80m, 60m, 60m]).ShouldBe(230m / 3m);

    [Fact]
    public void Per_criterion_averages_are_shown_to_two_places()
    {
        // technical 8, 7, 7 → 7.33; team 9, 9, 8 → 8.67; budget 5, 5, 5 → 5; schedule 10, 9, 9 → 9.33.
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(3);
        story.Scored("A", story.Experts[0], 8, 9, 5, 10).Scored("A", story.Experts[1], 7, 9, 5, 9).Scored("A", story.Experts[2], 7, 8, 5, 9);

        Ranking.Rank(story.State).ShouldHaveSingleItem().Averages.ShouldBe(
            [new("technical", 7.33m), new("team", 8.67m), new("budget", 5m), new("schedule", 9.33m)]);
    }

    [Fact]
    public void An_incomplete_review_does_not_count()
    {
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(2);
        story.Scored("A", story.Experts[0], 8, 8, 8, 8)
            .Then(new BidScored(story.Id, story.BidId("A"), story.Experts[1].UserId, [new("technical", 1, null)], Given.Now));

        var ranked = Ranking.Rank(story.State).ShouldHaveSingleItem();
        ranked.Reviews.ShouldBe(1);
        ranked.Score.ShouldBe(80m);
    }

    [Fact]
    public void Ranking_uses_full_precision_even_when_the_shown_scores_agree()
    {
        // Weights 41/29/17/13 give totals with one decimal.
        // Bid B: 80.3, 80.3, 80.4 → 80.3333…; bid A: 70.0, 70.0, 81.3, 100.0 → 80.325. Both show as 80.33, B ranks first
        // although A is earlier and much stronger on the decisive criterion (which would win a tie of rounded scores).
        Criterion[] odd = [new("technical", "T", 41), new("team", "Team", 29), new("budget", "Budget", 17), new("schedule", "Schedule", 13)];
        var story = Given.AChallenge(Given.Terms(criteria: odd)).WithBids(2).Closed().WithExperts(4);
        story.Scored("B", story.Experts[0], 8, 9, 8, 6).Scored("B", story.Experts[1], 8, 9, 8, 6).Scored("B", story.Experts[2], 7, 10, 8, 7);
        story.Scored("A", story.Experts[0], 10, 1, 10, 7).Scored("A", story.Experts[1], 10, 1, 10, 7)
            .Scored("A", story.Experts[2], 10, 4, 10, 9).Scored("A", story.Experts[3], 10, 10, 10, 10);

        var ranking = Ranking.Rank(story.State);

        ranking.Select(r => r.Commitment.Label).ShouldBe(["B", "A"]);
        ranking[0].Score.ShouldBe(241m / 3m);
        ranking[1].Score.ShouldBe(80.325m);
        ranking.Select(r => Ranking.ForDisplay(r.Score)).ShouldBe([80.33m, 80.33m]);
    }

    [Fact]
    public void A_tie_goes_to_the_higher_average_on_the_highest_weighted_criterion()
    {
        // A: 5×40 + 10×30 = 500; B: 8×40 + 6×30 = 500; equal totals, B is better on technical (weight 40).
        var story = Given.AChallenge().WithBids(2).Closed().WithExperts(1);
        story.Scored("A", story.Experts[0], 5, 10, 7, 7).Scored("B", story.Experts[0], 8, 6, 7, 7);

        Ranking.Rank(story.State).Select(r => (r.Commitment.Label, r.Rank)).ShouldBe([("B", 1), ("A", 2)]);
    }

    [Fact]
    public void When_the_top_weights_tie_the_first_criterion_in_the_list_decides()
    {
        Criterion[] twin = [new("feasibility", "Feasibility", 30), new("impact", "Impact", 30), new("team", "Team", 20), new("budget", "Budget", 20)];
        var story = Given.AChallenge(Given.Terms(criteria: twin)).WithBids(2).Closed().WithExperts(1);
        story.Scored("A", story.Experts[0], 6, 9, 5, 5).Scored("B", story.Experts[0], 9, 6, 5, 5);

        Ranking.Rank(story.State).Select(r => r.Commitment.Label).ShouldBe(["B", "A"]);
    }

    [Fact]
    public void Then_the_bid_that_was_final_first_ranks_higher()
    {
        var story = Given.AChallenge().WithBids(2);
        story.Then(new BiddingClosed(story.Id,
        [
            new PublishedCommitment("A", story.BidId("A"), "c-a", Given.Now.AddDays(-12)),
            new PublishedCommitment("B", story.BidId("B"), "c-b", Given.Now.AddDays(-15)),
        ], Given.Now.AddDays(-10))).WithExperts(1).ScoredByAll("A", 7, 7, 7, 7).ScoredByAll("B", 7, 7, 7, 7);

        Ranking.Rank(story.State).Select(r => r.Commitment.Label).ShouldBe(["B", "A"]);
    }

    [Fact]
    public void Finally_the_label_decides()
    {
        var story = Given.AChallenge().WithBids(2);
        var sameMoment = Given.Now.AddDays(-12);
        story.Then(new BiddingClosed(story.Id,
        [
            new PublishedCommitment("B", story.BidId("B"), "c-b", sameMoment),
            new PublishedCommitment("A", story.BidId("A"), "c-a", sameMoment),
        ], Given.Now.AddDays(-10))).WithExperts(1).ScoredByAll("A", 7, 7, 7, 7).ScoredByAll("B", 7, 7, 7, 7);

        Ranking.Rank(story.State).Select(r => (r.Commitment.Label, r.Rank)).ShouldBe([("A", 1), ("B", 2)]);
    }

    [Fact]
    public void The_per_criterion_averages_count_the_same_reviews_as_the_score_so_a_bidder_can_recompute_it()
    {
        // Five reviewers; the one totalling 100 (all 10s) and the one totalling 19 are dropped from the score AND the averages.
        var story = Given.AChallenge().WithBids(1).Closed().WithExperts(5);
        int[][] sheets = [[10, 10, 10, 10], [8, 6, 7, 9], [2, 1, 3, 2], [7, 7, 7, 7], [9, 5, 6, 8]];
        for (var i = 0; i < 5; i++)
        {
            story.Scored("A", story.Experts[i], sheets[i]);
        }

        var bid = Ranking.Rank(story.State).ShouldHaveSingleItem();

        // Kept: 8/6/7/9 (total 73), 7/7/7/7 (70), 9/5/6/8 (71) → score 71.33; averages 8, 6, 6.67, 8.
        Ranking.ForDisplay(bid.Score).ShouldBe(71.33m);
        bid.Averages.Select(a => (a.Criterion, a.Average)).ShouldBe([("technical", 8m), ("team", 6m), ("budget", 6.67m), ("schedule", 8m)]);
        var recomputed = Given.Criteria.Sum(c => bid.Averages.Single(a => a.Criterion == c.Key).Average * c.Weight) / 10m;
        // Each average is rounded to 0.01, so the recomputed score is within Σ weight × 0.005 / 10 = 0.05 of it.
        recomputed.ShouldBe(bid.Score, tolerance: 0.05m);
    }
}
