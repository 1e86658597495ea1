using System.Threading.RateLimiting;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// A fixed-window rate limiter that reads the injected clock: a window opens with a partition's first request
/// and grants <c>permitLimit</c> requests until it ends. The framework's own limiters keep their own timers,
/// so a test would have to wait a real minute; with this one it moves the clock.
/// </summary>
public sealed class ClockWindowLimiter(TimeProvider clock, int permitLimit, TimeSpan window) : RateLimiter
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;
    private int _granted;
    private long _refused;

    /// <summary>Idle (and safe to drop) only once its window is over: dropping it earlier would forget the count.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                return now >= _windowEnd ? now - _windowEnd : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            var available = clock.GetUtcNow() >= _windowEnd ? permitLimit : permitLimit - _granted;
            return new RateLimiterStatistics { CurrentAvailablePermits = available, TotalFailedLeases = _refused };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now >= _windowEnd)
            {
                _windowEnd = now + window;
                _granted = 0;
            }

            if (_granted + permitCount <= permitLimit)
            {
                _granted += permitCount;
                return WindowLease.Granted;
            }

            _refused++;
            return new WindowLease(false, _windowEnd - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
