namespace TechMarket.Server.Modules.Achievements;

/// <summary>One asking price and when it was set (null: negotiable); the first is the published one.</summary>
public sealed record PriceChange(decimal? AskingPrice, string? Reason, DateTimeOffset At);
