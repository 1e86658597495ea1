namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>The server's clock in tests: real time plus an offset the tests move forward, so deadlines pass
/// without sleeping. A test may freeze it, so that what it checks does not depend on how many real seconds pass
/// on a busy machine. It never goes back.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _lock = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _frozenAt ?? System.GetUtcNow() + _offset;
        }
    }

    /// <summary>Moves the clock to the given instant (if it is ahead).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        lock (_lock)
        {
            var gap = instant - GetUtcNow();
            Move(gap > TimeSpan.Zero ? gap : TimeSpan.Zero);
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            Move(by > TimeSpan.Zero ? by : TimeSpan.Zero);
        }
    }

    /// <summary>Stops the clock (at the given instant, if it is ahead) until the returned handle is disposed; it then
    /// runs on from where it stood.</summary>
    public IDisposable Freeze(DateTimeOffset? at = null)
    {
        lock (_lock)
        {
            if (at is { } instant)
            {
                AdvanceTo(instant);
            }

            _frozenAt = GetUtcNow();
            return new Thaw(this);
        }
    }

    private void Move(TimeSpan by)
    {
        if (_frozenAt is { } frozen)
        {
            _frozenAt = frozen + by;
        }
        else
        {
            _offset += by;
        }
    }

    private sealed class Thaw(TestClock clock) : IDisposable
    {
        public void Dispose()
        {
            lock (clock._lock)
            {
                if (clock._frozenAt is { } frozen)
                {
                    clock._offset = frozen - TimeProvider.System.GetUtcNow();
                    clock._frozenAt = null;
                }
            }
        }
    }
}
