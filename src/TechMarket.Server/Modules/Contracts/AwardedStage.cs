namespace TechMarket.Server.Modules.Contracts;

/// <summary>A funding stage of a horse race, as a milestone amount.</summary>
public sealed record AwardedStage(string Name, decimal Amount);
