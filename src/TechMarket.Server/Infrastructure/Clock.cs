namespace TechMarket.Server.Infrastructure;

public static class ClockExtensions
{
    /// <summary>Today in the city's calendar (China Standard Time, UTC+8, no daylight saving).</summary>
    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().DateInChina();

    /// <summary>The calendar date an instant falls on in China, so decisions given <c>now</c> agree with <see cref="Today"/>.</summary>
    public static DateOnly DateInChina(this DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}
