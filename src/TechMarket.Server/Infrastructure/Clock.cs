namespace TechMarket.Server.Infrastructure;

public static class ClockExtensions
{
    /// <summary>Today in the city's calendar (China Standard Time, UTC+8, no daylight saving).</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}
