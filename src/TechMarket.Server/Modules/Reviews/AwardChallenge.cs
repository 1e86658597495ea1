using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// 揭榜: the bureau awards the challenge on the ranking. Refused until every bid has enough complete reviews
/// and every bid that will not win has its feedback. A single winner gets the whole bounty; a horse race
/// (赛马制) funds its top N equally, the cent that does not divide going to rank 1.
/// </summary>
public static class AwardChallenge
{
    /// <param name="bids">The bids that took part, for their organisations (their identity stays out of the ranking).</param>
    public static Decision Decide(Challenge challenge, IReadOnlyList<Bid> bids, int minimumReviews, Actor officer, DateTimeOffset now)
    {
        if (ChallengeRules.CoveringBureauOnly(challenge, officer) is { } forbidden)
        {
            return forbidden;
        }

        if (challenge.Status is ChallengeStatus.BiddingClosed or ChallengeStatus.UnderReview && challenge.Commitments.Count == 0)
        {
            return DomainError.Conflict("no-bids", "No bid took part in this challenge, so there is nothing to award; fail or cancel it instead.");
        }

        if (ChallengeRules.RequireStatus(challenge, "be awarded", ChallengeStatus.UnderReview) is { } wrongStatus)
        {
            return wrongStatus;
        }

        // Whatever the caller asks, a bid is never ranked on no review at all.
        var required = Math.Max(minimumReviews, 1);
        var ranking = Ranking.Rank(challenge);
        var underReviewed = ranking.Where(b => b.Reviews < required).OrderBy(b => b.Commitment.Label, StringComparer.Ordinal).ToList();
        if (underReviewed.Count > 0)
        {
            return DomainError.Conflict(
                "not-enough-reviews",
                $"Each bid needs at least {required} complete reviews before the award; not yet: "
                + string.Join(", ", underReviewed.Select(b => $"{b.Commitment.Label} ({b.Reviews})")) + ".");
        }

        var winners = WinnerCount(challenge);
        var withoutFeedback = ranking.Skip(winners).Select(b => b.Commitment)
            .Where(c => !challenge.Feedback.ContainsKey(c.BidId)).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        if (withoutFeedback.Count > 0)
        {
            return DomainError.Conflict(
                "feedback-missing", $"Every bid that does not win needs feedback before the award; missing for: {ReviewRules.Labels(withoutFeedback)}.");
        }

        var funding = Split(challenge.Bounty, winners);
        var results = ranking.Select(b => new BidResult(
            b.Commitment.BidId,
            b.Commitment.Label,
            OrganisationOf(bids, b.Commitment.BidId),
            b.Rank,
            Ranking.ForDisplay(b.Score),
            b.Rank <= winners,
            b.Rank <= winners ? funding[b.Rank - 1] : 0m,
            b.Averages)).ToList();
        return Decision.Accept(new ChallengeAwarded(challenge.Id, results, officer.UserId, now));
    }

    /// <summary>One for 揭榜挂帅; N for a horse race, or every bid when fewer than N took part.</summary>
    public static int WinnerCount(Challenge challenge) => challenge.Terms.Mode == ChallengeMode.HorseRace
        ? Math.Min(Math.Max(challenge.Terms.WinnerCount, 1), challenge.Commitments.Count)
        : Math.Min(1, challenge.Commitments.Count);

    /// <summary>Equal shares rounded down to the cent; rank 1 takes the remainder so the shares add up to the bounty.</summary>
    public static IReadOnlyList<decimal> Split(decimal bounty, int winners)
    {
        if (winners <= 0)
        {
            return [];
        }

        var share = Math.Round(bounty / winners, 2, MidpointRounding.ToZero);
        return [bounty - (share * (winners - 1)), .. Enumerable.Repeat(share, winners - 1)];
    }

    private static Guid OrganisationOf(IReadOnlyList<Bid> bids, Guid bidId) =>
        bids.FirstOrDefault(b => b.Id == bidId)?.OrganisationId
        ?? throw new InvalidOperationException($"Bid {bidId} has a published commitment but was not loaded for the award.");
}
