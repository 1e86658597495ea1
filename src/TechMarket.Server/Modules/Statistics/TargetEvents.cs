namespace TechMarket.Server.Modules.Statistics;

/// <summary>Everything that happens to a district's annual target (年度考核指标) for 技术交易额.</summary>
public abstract record TargetEvent(Guid TargetId, DateTimeOffset At);

/// <summary>下达指标: a city-level officer set the district's target for the year.</summary>
public sealed record TargetSet(Guid TargetId, string District, int Year, decimal Amount, Guid By, DateTimeOffset At) : TargetEvent(TargetId, At);

/// <summary>指标调整: the target was revised during the year (调整后指标), with the day it holds from and the reason.</summary>
public sealed record TargetRevised(Guid TargetId, decimal Amount, DateOnly EffectiveOn, string Reason, Guid By, DateTimeOffset At) : TargetEvent(TargetId, At);
