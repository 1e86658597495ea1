namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>Settings of the section "Realtime" (and Redis:Connection for the backplane).</summary>
public sealed class RealtimeOptions
{
    /// <summary>How often the guard looks for hub connections whose token was revoked or expired.</summary>
    public int GuardMilliseconds { get; set; } = 500;

    /// <summary>Wake the async daemon with PostgreSQL LISTEN/NOTIFY when events are appended, instead of waiting for
    /// its next poll (see docs/PERFORMANCE.md, "Wake-up latency").</summary>
    public bool ListenNotify { get; set; } = true;

    /// <summary>Under load, the shortest time between two wake-ups of the async daemon: appends that commit within it
    /// share one pass of the daemon's readers (AppendWakeup). After a quiet spell this long the wake-up is immediate, and
    /// an append of an urgent type (UrgentEvents: the events the matching ranks) never waits for it.</summary>
    public int WakeupGapMilliseconds { get; set; } = 50;
}
