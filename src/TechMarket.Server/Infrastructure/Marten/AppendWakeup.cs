using System.Collections.Frozen;
using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>
/// Wakes the async daemon's high-water agent when events are appended, without a NOTIFY inside every appending
/// transaction. Marten's own switch (UseListenNotifyForEventAppends) runs <c>DO $$ … pg_notify … $$</c> in each
/// append's transaction: PostgreSQL compiles that block every time, and a transaction that notifies holds a
/// database-wide lock from the start of its commit to its end, across the commit's WAL flush — so appends committed
/// one at a time and lost group commit (docs/PERFORMANCE.md, "Issue 14, fourth round").
/// Instead the node that appended wakes its own daemon in-process after the commit, and tells the other nodes with a
/// NOTIFY of its own, sent after the commit in a transaction that writes no WAL, and coalesced: appends that commit
/// while one is in flight share the next. A lost signal costs only latency: the daemon still polls.
/// Under load the daemon is woken at most once per <paramref name="gap"/>: every pass costs the high-water detection,
/// a page read and a progression write per reader and the search feeder's reads whatever the number of events it
/// finds, so appends that commit within the gap share one pass. A few passes in a row still run at once, so a
/// quiet node reacts at once (issue 13's push latency). An append of an <paramref name="urgent"/> type — one a user is
/// waiting on, such as an accepted need the matching ranks — is not rationed: it wakes the daemon at once, cutting short
/// a gap being waited out, on this node and (the NOTIFY's payload) on the others, and its pass is free, so the appends
/// that share the bucket lose nothing to it.
/// </summary>
public sealed class AppendWakeup(string connectionString, TimeSpan gap, IReadOnlyCollection<Type> urgent, ILogger<AppendWakeup> logger)
    : DocumentSessionListenerBase, IDaemonWakeup, IAsyncDisposable
{
    /// <summary>Marten's channel, so nodes running an older build (which LISTEN on it too) still hear this one.</summary>
    public const string Channel = "mt_events_appended";

    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    /// <summary>Passes that run at once before the gap applies: a need's acceptance, the matches it finds and a submit
    /// just before wake the daemon several times within milliseconds, and the match push must not wait for a gap.</summary>
    public const int Burst = 4;

    /// <summary>The NOTIFY's payload for an urgent append (a node of an older build ignores it and wakes as for any).</summary>
    private const string UrgentPayload = "urgent";

    private readonly FrozenSet<Type> _urgentTypes = urgent.ToFrozenSet();

    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "techmarket-append-wakeup",
        MaxPoolSize = 2,
    }.ConnectionString);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _notify = new(0, 1);

    /// <summary>Cuts a gap's wait short when an urgent append comes.</summary>
    private readonly SemaphoreSlim _hurry = new(0, 1);

    /// <summary>1 while an urgent append waits for the next pass; 1 while the next NOTIFY must say it is urgent.</summary>
    private int _urgentPass;
    private int _urgentNotify;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loops;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _paidUntil;
    private volatile int _senderPid;
    private int _disposed;

    /// <summary>Completes once this node listens for other nodes' appends.</summary>
    public Task Listening => _listening.Task;

    /// <summary>Starts listening for other nodes' appends and sending this node's: on the first wait of this node's
    /// daemon, or on its first append — a node that does not hold the daemon (HotCold) must still tell the one that
    /// does. Idempotent.</summary>
    public void Start()
    {
        lock (_stop)
        {
            _loops ??= Task.WhenAll(ListenAsync(_stop.Token), SendAsync(_stop.Token));
        }
    }

    /// <summary>Called by the daemon's high-water loop alone, between two passes. Each pass is paid for with one gap;
    /// up to <see cref="Burst"/> passes run back to back, then they wait for the gaps to catch up (a token bucket). A
    /// pass that carries an urgent append neither waits nor pays.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        Start();
        if (!await _wake.WaitAsync(timeout, token))
        {
            return;
        }

        _hurry.Wait(0, CancellationToken.None); // left by an urgent append whose pass has run
        var now = _clock.Elapsed;
        var paidUntil = (_paidUntil > now ? _paidUntil : now) + gap;
        var early = paidUntil - now - gap * Burst;
        if (early > TimeSpan.Zero && Volatile.Read(ref _urgentPass) == 0)
        {
            await _hurry.WaitAsync(early, token);
        }

        // The pass reads everything committed before it starts: the wake-ups of the appends committed meanwhile are its own.
        _wake.Wait(0, CancellationToken.None);
        if (Interlocked.Exchange(ref _urgentPass, 0) == 0)
        {
            _paidUntil = paidUntil;
        }
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var events = commit.GetEvents().ToList();
        if (events.Count > 0)
        {
            Start();
            var urgent = events.Exists(e => _urgentTypes.Contains(e.EventType));
            if (urgent)
            {
                Volatile.Write(ref _urgentNotify, 1);
            }

            Wake(urgent);
            Pulse(_notify);
        }

        return Task.CompletedTask;
    }

    /// <summary>Wakes this node's daemon; an urgent wake-up cuts its gap short.</summary>
    private void Wake(bool urgent)
    {
        if (urgent)
        {
            Volatile.Write(ref _urgentPass, 1); // before the pulse, so the woken waiter sees it
            Pulse(_hurry);
        }

        Pulse(_wake);
    }

    /// <summary>A one-slot signal: a pulse while one is pending is the same wake-up.</summary>
    private static void Pulse(SemaphoreSlim signal)
    {
        try
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // another pulse got there first
        }
    }

    /// <summary>One connection kept open for the NOTIFYs: a pooled checkout per NOTIFY cost PostgreSQL a reset each time.</summary>
    private async Task SendAsync(CancellationToken ct)
    {
        NpgsqlConnection? connection = null;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await _notify.WaitAsync(ct);
                try
                {
                    if (connection is null)
                    {
                        connection = await _db.OpenConnectionAsync(ct);
                        _senderPid = connection.ProcessID;
                    }

                    var urgent = Interlocked.Exchange(ref _urgentNotify, 0) == 1;
                    await using var command = new NpgsqlCommand(urgent ? $"NOTIFY {Channel}, '{UrgentPayload}'" : $"NOTIFY {Channel}", connection);
                    await command.ExecuteNonQueryAsync(ct);
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
                {
                    logger.LogWarning("Could not tell other nodes of an append ({Message}); their daemons will poll", e.Message);
                    if (connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }

                    await Task.Delay(Retry, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _db.OpenConnectionAsync(ct);
                // This node's own NOTIFY has woken it already, in-process.
                connection.Notification += (_, e) =>
                {
                    if (e.PID != _senderPid)
                    {
                        Wake(e.Payload == UrgentPayload);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // Something may have been appended elsewhere while this node was not listening.
                Pulse(_wake);
                _listening.TrySetResult();
                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
            {
                logger.LogWarning("Listening for other nodes' appends failed ({Message}); listening again", e.Message);
                await Task.Delay(Retry, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>The daemon may dispose its wake-up and the container disposes the singleton: only the first one counts.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        if (_loops is not null)
        {
            await _loops.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _db.DisposeAsync();
        _stop.Dispose();
        _wake.Dispose();
        _notify.Dispose();
        _hurry.Dispose();
    }
}
