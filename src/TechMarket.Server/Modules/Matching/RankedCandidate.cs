using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>An indexed thing and how well it matches.</summary>
public sealed record RankedCandidate(SearchDocument Document, Scored Scored);
