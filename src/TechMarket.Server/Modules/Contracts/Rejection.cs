namespace TechMarket.Server.Modules.Contracts;

public sealed record Rejection(string Reason, DateTimeOffset At);
