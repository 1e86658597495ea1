namespace TechMarket.Server.Modules.Challenges;

/// <summary>An expert of the pool as a draw names them: drawn, an alternate, or the replacement of one who declined.</summary>
public sealed record PoolExpert(Guid ExpertId, string Name);
