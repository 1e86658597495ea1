namespace TechMarket.Server.Modules.Contracts;

/// <summary>A party outside China (not on the platform; it signs on paper). Its presence flags the contract.</summary>
public sealed record ForeignParty(string Name, string Country, PartySide Side);
