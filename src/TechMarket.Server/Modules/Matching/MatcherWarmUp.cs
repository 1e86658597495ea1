using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// Ranks once over this node's index as soon as the node has started, off the request path and off the daemon's, so
/// that the first real match does not pay for the cold start: the JIT of the ranking and the scoring, SmartCn's
/// dictionaries, each segment's terms index and doc values opened on first use, and the pages of the index read back
/// from disk. Measured in the realtime bench, the first round's push took several times the others' (docs/PERFORMANCE.md).
/// A search is run too, since every node answers searches. Whatever fails here only costs the first match its time.
/// A node on a fresh database starts with an empty index that its feeder fills after the start: there is nothing to
/// warm then (a ranking over no documents reads no postings), so the warm-up waits for the index's first documents and
/// for the feeder to have caught up with the event store as it stood, and ranks then.
/// The ranking is repeated <see cref="MatchingOptions.WarmUpRankings"/> times: the runtime optimises a method with its
/// profile only after some sixty calls (tiered compilation with dynamic PGO), and a node matches a few times an hour —
/// the steps called once per ranking would otherwise run as first compiled for the node's life.
/// </summary>
internal sealed class MatcherWarmUp(
    SearchIndex index, IDocumentStore store, IOptions<MatchingOptions> options, IHostApplicationLifetime lifetime, ILogger<MatcherWarmUp> logger)
    : BackgroundService
{
    /// <summary>A need in plain words of several fields, so that retrieval reads postings, doc values and candidates.</summary>
    private const string Sample = "智能制造装备的新材料与工艺优化\n寻求检测系统与控制算法，提高产品质量，降低能耗和成本。";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        await CaughtUpAsync(stoppingToken);
        await Task.Run(() => WarmUp(stoppingToken), stoppingToken);
    }

    /// <summary>Waits for the index to hold documents and to have applied the events committed by then.</summary>
    private async Task CaughtUpAsync(CancellationToken ct)
    {
        while (index.Read(s => s.IndexReader.NumDocs) == 0)
        {
            await Task.Delay(EmptyIndexPoll, ct); // a look at this node's own index, no database round trip
        }

        try
        {
            long mark;
            await using (var session = store.QuerySession())
            {
                mark = await IndexFeeder.HighWaterMarkAsync(session, ct);
            }

            await index.WaitForAsync(mark, TimeSpan.FromSeconds(options.Value.IndexWaitSeconds), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.LogDebug(e, "Could not read the high-water mark; warming up over the index as it is");
        }
    }

    private static readonly TimeSpan EmptyIndexPoll = TimeSpan.FromSeconds(1);

    /// <summary>Ranks and searches the configured number of times, or until the node stops.</summary>
    private void WarmUp(CancellationToken ct)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var terms = TextTerms.Of(index.Analyzer, Sample);
            var steps = new RankingSteps();
            var times = Math.Max(1, options.Value.WarmUpRankings);
            var done = 0;
            for (; done < times && !ct.IsCancellationRequested; done++)
            {
                steps = new RankingSteps();
                MatchFinder.RankOffers(index, Sample, new Want(terms, ["0101"], 1_000_000m, 7, string.Empty), options.Value.CandidatePool, steps: steps);
                MatchFinder.RankNeeds(index, Sample, new Offer(OfferKind.Achievement, terms, ["0101"], 6, 1_000_000m, false, string.Empty), today, options.Value.CandidatePool);
                Searching.Run(index, new SearchQuery("新材料 检测"), 1, 20);
            }

            logger.LogInformation("Matcher warmed up over {Documents} documents in {Elapsed:0} ms, {Times} rankings each way (the last offers' ranking: {Steps})",
                index.Read(s => s.IndexReader.NumDocs), Stopwatch.GetElapsedTime(started).TotalMilliseconds, done, steps);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Warming the matcher up failed; the first match pays for the cold start");
        }
    }

    /// <summary>Waits for the node to have started (its start-up work is not slowed down by the warm-up).</summary>
    private async Task<bool> StartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
