namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>Event types that someone is waiting on once appended — a module registers the ones its daemon work acts on
/// for a user (the matching's subjects): their appends wake the daemon at once, past the wake-up's gap
/// (<see cref="AppendWakeup"/>).</summary>
public sealed record UrgentEvents(IReadOnlyCollection<Type> Types);
