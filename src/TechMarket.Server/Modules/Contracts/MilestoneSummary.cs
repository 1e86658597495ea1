namespace TechMarket.Server.Modules.Contracts;

public sealed record MilestoneSummary(int Number, string Deliverable, decimal Amount, DateOnly DueOn, MilestoneStatus Status);
