namespace TechMarket.Server.Modules.Matching;

/// <summary>A score (0–1) and the reasons behind it.</summary>
public sealed record Scored(double Score, IReadOnlyList<MatchReason> Reasons);
