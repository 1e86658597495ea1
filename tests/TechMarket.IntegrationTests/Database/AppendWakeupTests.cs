using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// The daemon's wake-up without a NOTIFY inside each append (AppendWakeup): an append wakes the appending node's daemon
/// at once and, through one NOTIFY after the commit, the daemon of every other node on the database; a transaction that
/// appends nothing wakes no one; under load the appends within one gap share one wake-up, but an urgent append (one the
/// matching ranks) wakes every node at once. Two wake-ups on one real cluster stand for two nodes.
/// </summary>
public sealed class AppendWakeupTests : IAsyncLifetime
{
    /// <summary>Longer than any wake-up takes; a wait that lasts this long was not woken.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The shortest time between two wake-ups under load: long enough that a loaded machine's appends fit in it.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromSeconds(2);

    private readonly string _directory = TestCluster.NewDirectory("wakeup");
    private EmbeddedPostgres? _cluster;
    private AppendWakeup? _appending;
    private AppendWakeup? _other;
    private DocumentStore? _store;

    public sealed record WakeupProbed(Guid Id);

    public sealed record Unrelated(Guid Id);

    /// <summary>Stands for an event someone waits on (an accepted need): urgent.</summary>
    public sealed record RankedProbe(Guid Id);

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(_directory);
        _appending = new AppendWakeup(_cluster.ConnectionString, Gap, [typeof(RankedProbe)], NullLogger<AppendWakeup>.Instance);
        _other = new AppendWakeup(_cluster.ConnectionString, Gap, [typeof(RankedProbe)], NullLogger<AppendWakeup>.Instance);
        _store = DocumentStore.For(options =>
        {
            MartenSetup.Configure(options, _cluster.ConnectionString);
            options.Listeners.Add(_appending);
        });
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await ListeningAsync(_other); // the node that holds the daemon
    }

    /// <summary>The appending node has never waited (its daemon is elsewhere): its append alone must tell the other.</summary>
    [Fact]
    public async Task An_append_wakes_the_appending_node_and_every_other_node()
    {
        await AppendAsync();

        (await WaitedAsync(_appending!)).ShouldBeLessThan(Patience / 2);
        (await WaitedAsync(_other!)).ShouldBeLessThan(Patience / 2);
    }

    [Fact]
    public async Task A_transaction_without_events_wakes_no_one()
    {
        await ListeningAsync(_appending!);
        await using (var session = _store!.LightweightSession())
        {
            session.Store(new Unrelated(Guid.NewGuid()));
            await session.SaveChangesAsync();
        }

        var quiet = TimeSpan.FromSeconds(2);
        (await WaitedAsync(_other!, quiet)).ShouldBeGreaterThanOrEqualTo(quiet - TimeSpan.FromMilliseconds(50));
        (await WaitedAsync(_appending!, quiet)).ShouldBeGreaterThanOrEqualTo(quiet - TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Issue 14: every wake-up is a pass of the daemon's readers whatever it finds, so a busy store is read in
    /// passes a gap apart once a burst of passes has run; a quiet node is read at once (issue 13's push latency).</summary>
    [Fact]
    public async Task Appends_within_a_gap_share_one_wake_up_and_a_quiet_node_wakes_at_once()
    {
        await AppendAsync(); // the store's first append compiles its code: not inside the timed passes
        await ListeningAsync(_appending!); // the first pass
        var first = Stopwatch.GetTimestamp();
        for (var pass = 2; pass <= AppendWakeup.Burst; pass++)
        {
            await AppendAsync();
            (await WaitedAsync(_appending!)).ShouldBeLessThan(Gap / 2);
        }

        await AppendAsync();
        await AppendAsync();
        await WaitedAsync(_appending!); // the two share the pass after the burst, a gap after the first
        Stopwatch.GetElapsedTime(first).ShouldBeGreaterThan(Gap - TimeSpan.FromMilliseconds(50));
        var quiet = TimeSpan.FromSeconds(1);
        (await WaitedAsync(_appending!, quiet)).ShouldBeGreaterThanOrEqualTo(quiet - TimeSpan.FromMilliseconds(50));

        await Task.Delay(Gap); // a gap's credit back, beside the second spent waiting
        await AppendAsync();
        (await WaitedAsync(_appending!)).ShouldBeLessThan(Gap / 2);
    }

    /// <summary>Issue 13: a pass that carries an event the matching ranks does not wait for the gap the bids and need
    /// submits share, on the appending node nor on the node that holds the daemon; nor does it spend their bucket.</summary>
    [Fact]
    public async Task An_urgent_append_cuts_a_gap_short_on_every_node_and_spends_nothing()
    {
        await AppendAsync(); // the store's first append compiles its code: not inside the timed passes
        await ListeningAsync(_appending!);
        var appending = await WaitingOutAGapAsync(_appending!);
        var other = await WaitingOutAGapAsync(_other!);

        var urgent = Stopwatch.GetTimestamp();
        await AppendAsync(new RankedProbe(Guid.NewGuid()));
        await appending;
        await other;
        Stopwatch.GetElapsedTime(urgent).ShouldBeLessThan(Gap / 2);

        // Its pass was free: the next ordinary pass waits for the gap owed before it, not for one more.
        var next = Stopwatch.GetTimestamp();
        await AppendAsync();
        await WaitedAsync(_appending!);
        Stopwatch.GetElapsedTime(next).ShouldBeLessThan(Gap + Gap / 2);
    }

    /// <summary>Ordinary appends, each waited for, until the node's bucket is spent: answers the wait that is waiting
    /// out a gap.</summary>
    private async Task<Task<TimeSpan>> WaitingOutAGapAsync(AppendWakeup node)
    {
        for (var pass = 0; pass <= AppendWakeup.Burst + 1; pass++)
        {
            await AppendAsync();
            var waiting = WaitedAsync(node);
            if (await Task.WhenAny(waiting, Task.Delay(Gap / 10)) != waiting)
            {
                return waiting;
            }
        }

        throw new ShouldAssertException("The node never waited for a gap");
    }

    private async Task AppendAsync(object? data = null)
    {
        await using var session = _store!.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), data ?? new WakeupProbed(Guid.NewGuid()));
        await session.SaveChangesAsync();
    }

    private static async Task ListeningAsync(AppendWakeup node)
    {
        node.Start();
        await node.Listening.WaitAsync(Patience);
        await node.WaitAsync(TimeSpan.Zero, CancellationToken.None); // the wake-up every node gives itself on listening
    }

    private static async Task<TimeSpan> WaitedAsync(AppendWakeup node, TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        await node.WaitAsync(timeout ?? Patience, CancellationToken.None);
        return Stopwatch.GetElapsedTime(started);
    }

    public async Task DisposeAsync()
    {
        _store?.Dispose();
        if (_appending is not null)
        {
            await _appending.DisposeAsync();
        }

        if (_other is not null)
        {
            await _other.DisposeAsync();
        }

        await TestCluster.StopAndDeleteAsync(_cluster, _directory);
    }
}
