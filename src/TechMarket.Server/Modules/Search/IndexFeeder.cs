using System.Diagnostics;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// Keeps this node's index up with the event store: reads the events after the index's last applied sequence, up to
/// the async daemon's high-water mark (below it no transaction is still in flight, so no event can appear later in a
/// gap already passed) or, first, only to the event the matcher waits for (delivered by the daemon, so below that mark too), loads
/// what they touched as it is now, and commits the changes together with the sequence. The matcher's wait wakes it; a
/// batch already under way when the matcher asks stops at what it asked for (<see cref="CapAt"/>).
/// Every node runs its own feeder for its own index — unlike the daemon's projections, which one node runs.
/// </summary>
public sealed class IndexFeeder(
    IDocumentStore store, SearchIndex index, IEnumerable<ISearchSource> sources, IOptions<SearchOptions> options, ILogger<IndexFeeder> logger)
    : BackgroundService
{
    private readonly IReadOnlyList<ISearchSource> _sources = sources.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Max(5, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await FeedOnceAsync(stoppingToken))
                {
                    index.CommitApplied();
                    await index.Progress.WaitForRequestAsync(poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Search indexing failed after sequence {Sequence}; trying again", index.AppliedThrough);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>The longest the feeder waits for a matcher's hold (a ranking under load takes up to a second or two).</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(2);

    /// <summary>Applies one batch; false when there was nothing new.</summary>
    public async Task<bool> FeedOnceAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var session = store.QuerySession();
        var after = index.AppliedThrough;
        // A waiting matcher wants the events before the one it matches for, not that event's own batch: reading up to the
        // high-water mark would index the accepted need (or published challenge) itself first — 50–230 ms of Lucene
        // work under load that the matcher waited for (bench, 2026-11-30). So a wanted sequence caps the batch; the next
        // batch goes on to the mark at once.
        var wanted = index.Progress.Wanted;
        if (wanted <= after && index.Progress.IsHeld)
        {
            await index.Progress.WhileHeldAsync(MaxHold, ct); // a ranking is running: its CPU first (IndexProgress.Hold)
            wanted = index.Progress.Wanted;
        }

        var ceiling = wanted > after ? wanted : await HighWaterMarkAsync(session, ct);
        if (ceiling <= after)
        {
            index.Rebuilding = false;
            return false;
        }

        var batch = Math.Max(1, options.Value.BatchSize);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > after && e.Sequence <= ceiling)
            .OrderBy(e => e.Sequence)
            .Take(batch)
            .ToListAsync(ct);
        var through = events.Count == batch ? events[^1].Sequence : ceiling;
        // A matcher that asked while the events were read (a batch begun at the high-water mark by the poll, holding the
        // event it matches for) is not made to wait for the rest: the batch stops at what it asked for.
        var stopped = CapAt(after, through, index.Progress.Wanted);
        if (stopped is { } capped)
        {
            (events, through) = (events.TakeWhile(e => e.Sequence <= capped).ToList(), capped);
        }

        var changes = new List<SearchChange>();
        foreach (var (source, touched) in Touched(events))
        {
            var documents = await source.LoadAsync(session, touched, ct);
            changes.AddRange(documents.Select(d => new SearchChange(source.Kind, d.Key, d.Value)));
        }

        // Asked while the documents were loaded: only what the events it asked for touched is applied now (as loaded:
        // a document is indexed as it is now whichever event touched it); the rest is read again by the next batch.
        if (CapAt(after, through, index.Progress.Wanted) is { } late)
        {
            var asked = Touched(events.TakeWhile(e => e.Sequence <= late))
                .SelectMany(t => t.Ids.Select(id => (t.Source.Kind, id)))
                .ToHashSet();
            (changes, through, stopped) = (changes.Where(c => asked.Contains((c.Kind, c.Id))).ToList(), late, late);
        }

        var loaded = Stopwatch.GetElapsedTime(started);
        index.Apply(changes, through);
        logger.LogDebug("Indexed {Changes} changes of {Events} events through {Sequence}{Stopped}: {Loaded:0} ms reading, {Applied:0} ms applying",
            changes.Count, events.Count, through, stopped is null ? string.Empty : " (stopped there for a waiter)", loaded.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - loaded).TotalMilliseconds);
        return true;
    }

    /// <summary>Where a batch of the events after <paramref name="after"/> through <paramref name="through"/> stops for a
    /// waiter that wants the events through <paramref name="wanted"/>: there, when it lies inside the batch; null when the
    /// whole batch is wanted, or nothing of it.</summary>
    public static long? CapAt(long after, long through, long wanted) => wanted > after && wanted < through ? wanted : null;

    /// <summary>What the events touched, per source (each id once; sources that touched nothing left out).</summary>
    private IEnumerable<(ISearchSource Source, List<Guid> Ids)> Touched(IEnumerable<IEvent> events)
    {
        var read = events as IReadOnlyCollection<IEvent> ?? [.. events];
        return _sources
            .Select(source => (Source: source, Ids: read.Select(source.Touched).OfType<Guid>().Distinct().ToList()))
            .Where(t => t.Ids.Count > 0);
    }

    /// <summary>The async daemon's high-water mark: every event up to it is committed (0 before the daemon's first mark).</summary>
    public static async Task<long> HighWaterMarkAsync(IQuerySession session, CancellationToken ct)
    {
        var marks = await session.AdvancedSql.QueryAsync<long>(
            $"select last_seq_id from {MartenSetup.Schema}.mt_event_progression where name = 'HighWaterMark'", ct);
        return marks.Count > 0 ? marks[0] : 0;
    }
}
