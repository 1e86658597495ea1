namespace TechMarket.Server.Modules.Search;

/// <summary>One change to the index: the document now (null: remove it).</summary>
public sealed record SearchChange(SearchKind Kind, Guid Id, SearchDocument? Document);
