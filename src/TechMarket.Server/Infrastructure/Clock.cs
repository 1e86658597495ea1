namespace TechMarket.Server.Infrastructure;

public static class Clock
{
    public const string OffsetSetting = "Testing:ClockOffsetSeconds";

    /// <summary>
    /// The one clock. <c>Testing:ClockOffsetSeconds</c> shifts it, so that tests can run two real server processes
    /// whose clocks disagree; it is refused outside the Testing and Development environments.
    /// </summary>
    public static IServiceCollection AddTechMarketClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var offset = configuration.GetValue<double>(OffsetSetting);
        if (offset == 0)
        {
            return services.AddSingleton(TimeProvider.System);
        }

        if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException($"{OffsetSetting} is a test setting; it is refused in the {environment.EnvironmentName} environment.");
        }

        return services.AddSingleton<TimeProvider>(new OffsetClock(TimeSpan.FromSeconds(offset)));
    }

    private sealed class OffsetClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}

public static class ClockExtensions
{
    /// <summary>Today in the city's calendar (China Standard Time, UTC+8, no daylight saving).</summary>
    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().DateInChina();

    /// <summary>The calendar date an instant falls on in China, so decisions given <c>now</c> agree with <see cref="Today"/>.</summary>
    public static DateOnly DateInChina(this DateTimeOffset instant) =>
        DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>The instant a China calendar day begins (00:00 UTC+8).</summary>
    public static DateTimeOffset StartInChina(this DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}
