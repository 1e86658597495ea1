using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>One draw as logged: its seed (so the order can be recomputed, <see cref="ExpertDraw"/>), who was drawn, the
/// alternates, and who of the field was left out for a conflict.</summary>
public sealed record DrawLogEntry(
    string Seed, IReadOnlyList<PoolExpert> Drawn, IReadOnlyList<PoolExpert> Alternates, IReadOnlyList<ExcludedExpert> Excluded, Guid By, DateTimeOffset At)
{
    public static DrawLogEntry Of(ExpertsDrawn e) => new(e.Seed, e.Drawn, e.Alternates, e.Excluded, e.By, e.At);
}

/// <summary>An expert who declined, why, and the alternate who took their place (none when none was left).</summary>
public sealed record DeclineLogEntry(Guid ExpertId, string ExpertName, string Reason, PoolExpert? Replacement, DateTimeOffset At);

/// <summary>An expert's recusal (回避) from one bid: the bureau sees which bid, by label and id.</summary>
public sealed record RecusalLogEntry(string Label, Guid BidId, Guid ExpertId, string ExpertName, string Reason, DateTimeOffset At);

/// <summary>How a challenge's review panel came about, for its bureau: every draw with its seed, every decline with its
/// replacement, every recusal, and the alternates still left.</summary>
public sealed record ReviewLog(
    IReadOnlyList<DrawLogEntry> Draws, IReadOnlyList<DeclineLogEntry> Declines, IReadOnlyList<RecusalLogEntry> Recusals, IReadOnlyList<PoolExpert> Alternates);

public static class ReviewLogQueries
{
    public static RouteGroupBuilder MapReviewLog(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/review-log", Read).RequireAuthorization(Policies.Bureau)
            .WithSummary("The review panel's log: draws with their seeds, declines, recusals (the bureau)");
        return challenges;
    }

    private static async Task<Results<Ok<ReviewLog>, ProblemHttpResult>> Read(Guid id, Actor actor, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ChallengeDetails>(id, ct) is { } challenge && actor.Covers(challenge.District)
            ? TypedResults.Ok(new ReviewLog(
                [.. challenge.Draws.Select(DrawLogEntry.Of)],
                [.. challenge.Declines.Select(d => new DeclineLogEntry(d.ExpertId, d.ExpertName, d.Reason, d.Replacement, d.At))],
                [.. challenge.Recusals.Select(r => new RecusalLogEntry(r.Label, r.BidId, r.ExpertId, r.ExpertName, r.Reason, r.At))],
                challenge.Alternates))
            : Problems.NotFound("The challenge");
}
