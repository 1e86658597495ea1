namespace TechMarket.Server.Modules.Rounds;

/// <summary>Everything that happens to a collection round: the closed set of events on its stream.</summary>
public abstract record RoundEvent(Guid RoundId, DateTimeOffset At);

/// <summary>需求征集: a bureau opened a named call for needs, of its own level, from Opens to Closes (both days included).
/// Bureau is the officer's jurisdiction: "city" for a city round, the district's code for a district round.</summary>
public sealed record RoundOpened(
    Guid RoundId, string Bureau, RoundLevel Level, string Name, DateOnly Opens, DateOnly Closes, Guid By, DateTimeOffset At)
    : RoundEvent(RoundId, At);

/// <summary>The bureau closed the round before its closing date, with a reason; no need is submitted into it afterwards.</summary>
public sealed record RoundClosedEarly(Guid RoundId, string Reason, Guid By, DateTimeOffset At) : RoundEvent(RoundId, At);

/// <summary>Everything that happens to a bureau's collection policy.</summary>
public abstract record CollectionPolicyEvent(Guid PolicyId, DateTimeOffset At);

/// <summary>常态化征集: whether the bureau accepts needs outside an open round.</summary>
public sealed record StandingCollectionSet(Guid PolicyId, string Bureau, bool Allowed, Guid By, DateTimeOffset At) : CollectionPolicyEvent(PolicyId, At);
