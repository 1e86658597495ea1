namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>A bid's place in the ranking, at full precision; round only with <see cref="Ranking.ForDisplay"/>.</summary>
public sealed record RankedBid(PublishedCommitment Commitment, int Rank, decimal Score, int Reviews, IReadOnlyList<CriterionAverage> Averages);

/// <summary>
/// The scoring math of a review. A reviewer's total is Σ score × weight / 10 (0–100, since scores are 0–10 and
/// weights sum to 100). A bid's score is the mean of its reviewers' totals; with <see cref="TrimmedFrom"/> or more
/// reviewers the single highest and single lowest totals are dropped first, so one outlier cannot decide. The
/// per-criterion averages a bidder is shown are taken over the same reviews the score counts (<see cref="Counted"/>),
/// so Σ average × weight / 10 gives back the score.
/// </summary>
public static class Ranking
{
    public const int TrimmedFrom = 5;

    public static decimal ReviewerTotal(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores) =>
        criteria.Sum(c => (decimal)(scores.FirstOrDefault(s => s.Criterion == c.Key)?.Score ?? 0) * c.Weight) / 10m;

    public static decimal BidScore(IReadOnlyList<decimal> totals)
    {
        if (totals.Count == 0)
        {
            return 0m;
        }

        var counted = totals.Count >= TrimmedFrom ? totals.Order().Skip(1).SkipLast(1).ToList() : [.. totals];
        return counted.Sum() / counted.Count;
    }

    /// <summary>The reviews a bid's score counts: all of them, or with <see cref="TrimmedFrom"/> or more the ones left when
    /// the review with the highest total and the one with the lowest are dropped (of equal totals, the first in
    /// <see cref="CompleteReviews"/> order is the lowest and the last the highest — the score is the same either way).</summary>
    public static IReadOnlyList<IReadOnlyList<CriterionScore>> Counted(IReadOnlyList<Criterion> criteria, IReadOnlyList<IReadOnlyList<CriterionScore>> reviews)
    {
        if (reviews.Count < TrimmedFrom)
        {
            return reviews;
        }

        var byTotal = reviews.Select((r, i) => (Review: r, Index: i, Total: ReviewerTotal(criteria, r))).OrderBy(r => r.Total).ThenBy(r => r.Index).ToList();
        return [.. byTotal.Skip(1).SkipLast(1).OrderBy(r => r.Index).Select(r => r.Review)];
    }

    /// <summary>A review counts only when it scores every criterion of the challenge, each exactly once.</summary>
    public static bool IsComplete(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores) =>
        scores.Count == criteria.Count && criteria.All(c => scores.Count(s => s.Criterion == c.Key) == 1);

    public static IReadOnlyList<IReadOnlyList<CriterionScore>> CompleteReviews(
        IReadOnlyList<Criterion> criteria, IEnumerable<ExpertScores> reviews, Guid bidId) =>
        [.. reviews
            .Where(r => r.BidId == bidId && IsComplete(criteria, r.Scores))
            .OrderBy(r => r.ExpertId)
            .Select(r => r.Scores)];

    /// <summary>Two decimal places, half away from zero (四舍五入), the way scores and money are shown.</summary>
    public static decimal ForDisplay(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Ranks every bid that took part, best first. Ties on the score are broken, in order, by:
    /// (1) the higher average on the highest-weighted criterion (the first in list order when weights tie);
    /// (2) the earlier LastChangedAt of the published commitment — the bid that was final first;
    /// (3) the blind label in ordinal order. The ranking is therefore total and deterministic.
    /// </summary>
    public static IReadOnlyList<RankedBid> Rank(Challenge challenge) => Rank(challenge.Terms.Criteria, challenge.Commitments, [.. challenge.Reviews]);

    /// <summary>The same ranking from a read model's copy of the scores (the bureau's ranking page).</summary>
    public static IReadOnlyList<RankedBid> Rank(
        IReadOnlyList<Criterion> criteria, IReadOnlyList<PublishedCommitment> commitments, IReadOnlyCollection<ExpertScores> scores)
    {
        var decisive = criteria.Count == 0 ? null : criteria.First(c => c.Weight == criteria.Max(x => x.Weight));

        var scored = commitments
            .Select(commitment =>
            {
                var reviews = CompleteReviews(criteria, scores, commitment.BidId);
                var score = BidScore([.. reviews.Select(r => ReviewerTotal(criteria, r))]);
                var decisiveMean = decisive is null ? 0m : CriterionMean(reviews, decisive.Key);
                return (commitment, reviews, score, decisiveMean);
            })
            .OrderByDescending(b => b.score)
            .ThenByDescending(b => b.decisiveMean)
            .ThenBy(b => b.commitment.LastChangedAt)
            .ThenBy(b => b.commitment.Label, StringComparer.Ordinal)
            .ToList();

        return [.. scored.Select((b, index) => new RankedBid(
            b.commitment, index + 1, b.score, b.reviews.Count, Averages(criteria, Counted(criteria, b.reviews))))];
    }

    /// <summary>Per-criterion averages over the given reviews (reviewers anonymous), for the bidder's feedback.</summary>
    public static IReadOnlyList<CriterionAverage> Averages(IReadOnlyList<Criterion> criteria, IReadOnlyList<IReadOnlyList<CriterionScore>> reviews) =>
        [.. criteria.Select(c => new CriterionAverage(c.Key, ForDisplay(CriterionMean(reviews, c.Key))))];

    private static decimal CriterionMean(IReadOnlyList<IReadOnlyList<CriterionScore>> reviews, string criterion) =>
        reviews.Count == 0 ? 0m : reviews.Sum(r => (decimal)r.First(s => s.Criterion == criterion).Score) / reviews.Count;
}
