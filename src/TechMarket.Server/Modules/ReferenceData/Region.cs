namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>One node of the province → city → district hierarchy.</summary>
public sealed record Region(string Code, string Name, string? NameEn, RegionLevel Level, string? ParentCode, int Order);
