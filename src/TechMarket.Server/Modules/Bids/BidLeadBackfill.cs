using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// A bid's lead holds its part under the bid's id (<see cref="BidParticipant.Leads"/>). Bids made before that had a
/// separate slot document and a lead row with an id of its own, and the oldest had neither; without the row their
/// organisation could start a second bid on a challenge still open, nor submit its own again after a withdrawal. At
/// start-up (before the server takes requests), each bid on a challenge that takes bids now or may again (closed or
/// under review, until 重新发榜 or an award decides) gets its lead's row, replacing the old one in the same
/// transaction. Idempotent, and safe on several nodes at once: the row's id is its bid's id, and (challenge,
/// organisation) is unique.
/// </summary>
internal sealed class BidLeadBackfill(IDocumentStore store, ILogger<BidLeadBackfill> logger) : IStartupTask
{
    private static readonly ChallengeStatus[] BiddingMayOpen = [ChallengeStatus.Published, ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview];

    public int Order => 300;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var open = await session.Query<ChallengeDetails>().Where(c => BiddingMayOpen.Contains(c.Status)).Select(c => c.Id).ToListAsync(ct);
        if (open.Count == 0)
        {
            return;
        }

        var openIds = open.ToArray();
        // Three members of each bid, not its whole document (content, receipts, members): this runs at every start.
        var bids = await session.Query<BidDetails>().Where(b => openIds.Contains(b.ChallengeId))
            .Select(b => new { b.Id, b.ChallengeId, b.OrganisationId }).ToListAsync(ct);
        var led = (await session.LoadManyAsync<BidParticipant>(ct, bids.Select(b => b.Id).ToArray())).Select(p => p.Id).ToHashSet();
        var missing = bids.Where(b => !led.Contains(b.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var bid in missing)
        {
            session.DeleteWhere<BidParticipant>(p => p.BidId == bid.Id && p.OrganisationId == bid.OrganisationId);
            session.Store(BidParticipant.Lead(bid.ChallengeId, bid.OrganisationId, bid.Id));
        }

        await session.SaveChangesAsync(ct);
        logger.LogInformation("Gave the leads of {Count} earlier bids their part under the bid's id", missing.Count);
    }
}
