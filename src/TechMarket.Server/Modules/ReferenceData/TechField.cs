namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>高新技术领域: the eight top-level fields (two-digit codes) and their second level (four digits).</summary>
public sealed record TechField(string Id, string Name, string? NameEn, string? ParentId, int Order);
