using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Removes uploads that no bid uses once they are older than the retention time (and bytes whose upload never got
/// as far as its record). Every node may run it; the database decides, upload by upload, under row locks — an upload
/// a bid write is about to use is skipped, and one removed first makes that bid write fail instead.
/// </summary>
internal sealed class AttachmentSweeper(
    IDocumentStore store, IAttachmentContent contents, TimeProvider clock, IOptions<AttachmentOptions> options, ILogger<AttachmentSweeper> logger)
    : PeriodicService(TimeSpan.FromMinutes(options.Value.SweepMinutes), runAtStart: false, logger)
{
    protected override string Work => "Removing unused uploads";

    protected override Task RunOnceAsync(CancellationToken ct) => SweepAsync(ct);

    /// <summary>One pass; returns how many uploads were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddHours(-options.Value.UnusedRetentionHours);
        await using var session = store.QuerySession();
        var unused = await BidAttachments.SweepAsync(session, cutoff, ct);
        await contents.DeleteAsync([.. unused], ct);

        var orphans = new List<Guid>();
        foreach (var chunk in (await contents.StoredBeforeAsync(cutoff, ct)).Chunk(500))
        {
            var recorded = (await session.LoadManyAsync<BidAttachment>(ct, chunk)).Select(a => a.Id).ToHashSet();
            orphans.AddRange(chunk.Where(id => !recorded.Contains(id)));
        }

        await contents.DeleteAsync(orphans, ct);
        if (unused.Count + orphans.Count > 0)
        {
            logger.LogInformation("Removed {Unused} unused uploads and {Orphans} unrecorded files", unused.Count, orphans.Count);
        }

        return unused.Count + orphans.Count;
    }
}
