namespace TechMarket.Server.Modules.Profiles;

/// <summary>Everything that happens to what a broker (技术经纪人) follows.</summary>
public abstract record BrokerInterestEvent(Guid InterestId, DateTimeOffset At);

/// <summary>The broker changed what it follows — fields (top level or second level) and districts; the lists replace
/// the earlier ones.</summary>
public sealed record BrokerInterestsChanged(
    Guid InterestId, Guid BrokerId, string BrokerName, IReadOnlyList<string> Fields, IReadOnlyList<string> Districts, DateTimeOffset At)
    : BrokerInterestEvent(InterestId, At);
