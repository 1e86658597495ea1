namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>区/县/市 of the city; every statistic is cut by it. Stored as a document keyed by its code.</summary>
public sealed record District(string Id, string Name, string? NameEn, int Order);
