namespace TechMarket.Server.Modules.Contracts;

/// <summary>A contract's origin and, for a challenge or an achievement, which one.</summary>
public sealed record ContractSource(ContractOrigin Origin, Guid? SourceId = null);
