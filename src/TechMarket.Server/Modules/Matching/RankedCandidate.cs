using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>An indexed thing (its document without the text, see <see cref="IndexedFields.Candidate"/>) and how well it matches.</summary>
public sealed record RankedCandidate(SearchDocument Document, Scored Scored);
