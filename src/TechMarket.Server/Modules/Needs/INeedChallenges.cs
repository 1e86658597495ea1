using Marten;

namespace TechMarket.Server.Modules.Needs;

/// <summary>
/// What a need must know of the challenges built on it — whether one of them holds it (published and not yet over) — asked
/// of the challenges module, which answers it (Challenges depends on Needs, never the reverse).
/// </summary>
public interface INeedChallenges
{
    /// <summary>The titles of the challenges that hold the need: published, under review, in publicity, awarded or in progress.</summary>
    Task<IReadOnlyList<string>> HoldingAsync(IQuerySession session, IReadOnlyCollection<Guid> challengeIds, CancellationToken ct);

    /// <summary>The same, for the challenges built on one need (none when there is no such need).</summary>
    async Task<IReadOnlyList<string>> HoldingNeedAsync(IQuerySession session, Guid needId, CancellationToken ct) =>
        await session.LoadAsync<NeedDetails>(needId, ct) is { } need
            ? await HoldingAsync(session, [.. need.Challenges.Select(c => c.ChallengeId)], ct)
            : [];
}
