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
