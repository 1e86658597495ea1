namespace TechMarket.Server.Modules.Matching;

/// <summary>What is asked for — a need or a challenge — in the terms the scoring reads: its words (as the index
/// segments them), fields, budget ceiling, the maturity it wants (TRL) and its district.</summary>
public sealed record Want(IReadOnlyList<string> Terms, IReadOnlyList<string> Fields, decimal? BudgetMax, int? DesiredTrl, string District);
