namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>The server's clock in tests: real time plus an offset the tests move forward, so deadlines pass
/// without sleeping. It never goes back.</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock to the given instant (if it is ahead).</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        var gap = instant - GetUtcNow();
        if (gap > TimeSpan.Zero)
        {
            Interlocked.Add(ref _offsetTicks, gap.Ticks);
        }
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, Math.Max(0, by.Ticks));
}
