namespace TechMarket.Server.Modules.Statistics;

/// <summary>Settings under <c>Statistics</c>: the 红黄绿 thresholds of targets and of the other warnings.</summary>
public sealed class StatisticsOptions
{
    public WarningThresholds Warnings { get; set; } = new();

    /// <summary>An overdue milestone is amber, and red from this many days past its due date.</summary>
    public int OverdueRedAfterDays { get; set; } = 30;

    /// <summary>A published challenge without a bid is amber this many hours before its deadline…</summary>
    public int NoBidAmberHours { get; set; } = 72;

    /// <summary>…and red this many hours before it.</summary>
    public int NoBidRedHours { get; set; } = 24;

    /// <summary>A signed contract waiting for registration is amber after this many days, red after twice as many.</summary>
    public int RegistrationWaitDays { get; set; } = 7;
}
