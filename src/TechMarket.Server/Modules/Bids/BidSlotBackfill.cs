using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Bids made before slots existed have none, and without one their organisation could start a second bid on a
/// challenge still open. At start-up (before the server takes requests), each bid on an open challenge gets its
/// slot. Idempotent, and safe on several nodes at once: a slot's id is its bid's id.
/// </summary>
internal sealed class BidSlotBackfill(IDocumentStore store, ILogger<BidSlotBackfill> logger) : IStartupTask
{
    public int Order => 300;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var open = await session.Query<ChallengeDetails>().Where(c => c.Status == ChallengeStatus.Published).Select(c => c.Id).ToListAsync(ct);
        if (open.Count == 0)
        {
            return;
        }

        var openIds = open.ToArray();
        var bids = await session.Query<BidDetails>().Where(b => openIds.Contains(b.ChallengeId)).ToListAsync(ct);
        var slotted = (await session.LoadManyAsync<BidSlot>(ct, bids.Select(b => b.Id).ToArray())).Select(s => s.Id).ToHashSet();
        var missing = bids.Where(b => !slotted.Contains(b.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        session.Store([.. missing.Select(b => new BidSlot { Id = b.Id, ChallengeId = b.ChallengeId, OrganisationId = b.OrganisationId })]);
        await session.SaveChangesAsync(ct);
        logger.LogInformation("Gave {Count} bids made before bid slots existed their slot", missing.Count);
    }
}
