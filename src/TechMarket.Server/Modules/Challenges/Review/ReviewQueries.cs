using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>A bid on the bureau's ranking page: who it is, where it stands, and whether it is ready for the award.</summary>
public sealed record RankingRow(
    string Label, Guid BidId, string? OrganisationName, int Rank, decimal Score, int Reviews, bool EnoughReviews,
    IReadOnlyList<CriterionAverage> Averages, FeedbackReason? Feedback);

/// <summary>A challenge an expert reviews: the bids by blind label only, with the expert's own scores.</summary>
public sealed record ReviewAssignment(Guid ChallengeId, string Title, ChallengeStatus Status, IReadOnlyList<Criterion> Criteria, IReadOnlyList<ReviewedBid> Bids);

/// <summary>A bid on an expert's sheet; Recused when the expert declared a conflict with it (回避) and may not score it.</summary>
public sealed record ReviewedBid(string Label, IReadOnlyList<CriterionScore>? MyScores, bool Recused);

/// <summary>专家评审 as read from <see cref="ChallengeDetails"/>: the bureau's ranking, and each expert's sheet — one
/// document read each, never a fold of the stream per request.</summary>
public static class ReviewQueries
{
    public static RouteGroupBuilder MapRanking(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/ranking", Ranking).RequireAuthorization(Policies.Bureau)
            .WithSummary("The current ranking, reviews per bid and feedback given (the bureau)");
        return challenges;
    }

    public static RouteGroupBuilder MapMyReviews(this RouteGroupBuilder reviews)
    {
        reviews.MapGet("/mine", Mine).RequireAuthorization(Policies.Expert)
            .WithSummary("Challenges you review, with the blind labels and your scores");
        return reviews;
    }

    private static async Task<Results<Ok<List<RankingRow>>, ProblemHttpResult>> Ranking(
        Guid id, Actor actor, IQuerySession session, IChallengeBids bids, IOptions<ChallengeOptions> options, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !actor.Covers(challenge.District))
        {
            return Problems.NotFound("The challenge");
        }

        var names = (await bids.OnAsync(session, id, ct)).ToDictionary(b => b.BidId, b => b.OrganisationName);
        return TypedResults.Ok(Review.Ranking.Rank(challenge.Terms.Criteria, challenge.Commitments, challenge.Scores)
            .Select(r => new RankingRow(
                r.Commitment.Label,
                r.Commitment.BidId,
                names.GetValueOrDefault(r.Commitment.BidId),
                r.Rank,
                Review.Ranking.ForDisplay(r.Score),
                r.Reviews,
                r.Reviews >= options.Value.MinimumReviews,
                r.Averages,
                challenge.Feedback.GetValueOrDefault(r.Commitment.BidId)?.Reason))
            .ToList());
    }

    /// <summary>Recusals of the current round only: a re-publication starts the review afresh.</summary>
    private static bool Recused(ChallengeDetails challenge, Guid bidId, Guid expertId)
    {
        var since = challenge.Republications.LastOrDefault()?.At ?? DateTimeOffset.MinValue;
        return challenge.Recusals.Any(r => r.BidId == bidId && r.ExpertId == expertId && r.At >= since);
    }

    private static async Task<Ok<List<ReviewAssignment>>> Mine(Actor actor, IQuerySession session, CancellationToken ct)
    {
        var assigned = await session.Query<ChallengeDetails>().Where(c => c.Experts.Contains(actor.UserId)).ToListAsync(ct);
        return TypedResults.Ok(assigned.Select(c => new ReviewAssignment(c.Id, c.Terms.Title, c.Status, c.Terms.Criteria,
            [.. c.Commitments.Select(b => new ReviewedBid(
                b.Label, c.Scores.FirstOrDefault(s => s.BidId == b.BidId && s.ExpertId == actor.UserId)?.Scores, Recused(c, b.BidId, actor.UserId)))]))
            .ToList());
    }
}
