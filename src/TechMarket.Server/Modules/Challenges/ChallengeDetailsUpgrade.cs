using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>
/// Inline read models are written with their events, never rebuilt by themselves. When <see cref="ChallengeDetails"/>
/// gains what a screen needs (the scores and gates the review pages read since shape 2), the documents stored in an
/// older shape are rebuilt from their streams at start-up. Idempotent, and harmless on several nodes at once.
/// </summary>
internal sealed class ChallengeDetailsUpgrade(IDocumentStore store, ILogger<ChallengeDetailsUpgrade> logger) : IStartupTask
{
    public int Order => 200;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var stale = await session.QueryAsync<Guid>(
            $"select id from {MartenSetup.Schema}.mt_doc_challenge_details where coalesce((data ->> 'shape')::int, 0) < ?", ct,
            ChallengeDetails.CurrentShape);
        foreach (var id in stale)
        {
            await store.Advanced.RebuildSingleStreamAsync<ChallengeDetails>(id, ct);
        }

        if (stale.Count > 0)
        {
            logger.LogInformation("Rebuilt {Count} challenge read models stored in an older shape", stale.Count);
        }
    }
}
