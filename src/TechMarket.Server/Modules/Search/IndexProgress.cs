namespace TechMarket.Server.Modules.Search;

/// <summary>
/// How far a node's index has applied the event store, and who is waiting for it. The matcher waits for the event it
/// matches for; its wait wakes the feeder at once and lets it read up to that event (the daemon delivered it, so every
/// event up to it is committed) — instead of the feeder finding it at its next poll of the daemon's high-water mark.
/// </summary>
public sealed class IndexProgress : IDisposable
{
    private readonly SemaphoreSlim _requested = new(0, 1);
    private long _applied;
    private long _wanted;
    private int _holds;
    private TaskCompletionSource _moved = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IndexProgress(long applied) => _applied = applied;

    /// <summary>The last event sequence whose changes are searchable.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>The highest sequence a waiter asked for; every event up to it is committed.</summary>
    public long Wanted => Interlocked.Read(ref _wanted);

    /// <summary>Records that the index is complete through the sequence, and wakes who waits for it.</summary>
    public void MovedTo(long sequence)
    {
        Interlocked.Exchange(ref _applied, sequence);
        Interlocked.Exchange(ref _moved, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Waits until the index has applied the sequence — one the async daemon delivered — and asks the feeder for
    /// it; false when it has not within the time.</summary>
    public async Task<bool> WaitForAsync(long sequence, TimeSpan timeout, CancellationToken ct)
    {
        for (var wanted = Wanted; wanted < sequence && Interlocked.CompareExchange(ref _wanted, sequence, wanted) != wanted;)
        {
            wanted = Wanted;
        }

        if (Applied >= sequence)
        {
            return true;
        }

        Request();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timedOut = Task.Delay(timeout, stop.Token);
        try
        {
            while (true)
            {
                var moved = Volatile.Read(ref _moved).Task; // taken before the check: a move after it completes this task
                if (Applied >= sequence)
                {
                    return true;
                }

                if (await Task.WhenAny(moved, timedOut) == timedOut)
                {
                    ct.ThrowIfCancellationRequested();
                    return Applied >= sequence;
                }
            }
        }
        finally
        {
            await stop.CancelAsync(); // the timer goes with the wait
        }
    }

    /// <summary>
    /// Holds the feeder back from the events beyond the ones a waiter asked for until the returned handle is disposed:
    /// the matcher holds it from its wait through its ranking. Measured in the realtime bench (2026-11-30), the feeder went on
    /// at once to index the accepted need itself — reading it, SmartCn, a segment flush and a reader refresh, tens of ms
    /// of CPU — while the ranking ran on the same two cores: the ranking took 144 ms of wall clock for 30 ms of its own
    /// CPU. What a waiter asked for is applied whatever the hold (else the matcher would wait for itself).
    /// </summary>
    public IDisposable Hold()
    {
        Interlocked.Increment(ref _holds);
        return new Held(this);
    }

    /// <summary>Whether a matcher holds the feeder back.</summary>
    public bool IsHeld => Volatile.Read(ref _holds) > 0;

    /// <summary>The feeder's wait while the index is held, at most <paramref name="limit"/> (a hold that is never released —
    /// a bug — delays the index, it does not stop it).</summary>
    public async Task WhileHeldAsync(TimeSpan limit, CancellationToken ct)
    {
        var until = Environment.TickCount64 + (long)limit.TotalMilliseconds;
        while (IsHeld && Wanted <= Applied && Environment.TickCount64 < until)
        {
            await Task.Delay(HeldPoll, ct);
        }
    }

    private static readonly TimeSpan HeldPoll = TimeSpan.FromMilliseconds(5);

    private sealed class Held(IndexProgress progress) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref progress._holds);
            }
        }
    }

    /// <summary>The feeder's idle wait: until a waiter asks for events not applied yet (true), or the poll time is up.</summary>
    public Task<bool> WaitForRequestAsync(TimeSpan poll, CancellationToken ct) => _requested.WaitAsync(poll, ct);

    private void Request()
    {
        try
        {
            _requested.Release();
        }
        catch (SemaphoreFullException)
        {
            // asked already: the feeder has not taken the last request yet
        }
    }

    public void Dispose() => _requested.Dispose();
}
