using TechMarket.Server.Modules.Achievements;

namespace TechMarket.Server.Modules.Search;

/// <summary>One hit, as anyone allowed to search that kind may see it (the indexed public parts only).</summary>
public sealed record SearchHit(
    SearchKind Kind, Guid Id, Guid OrganisationId, string OrganisationName, string Title, string Snippet, IReadOnlyList<string> Fields,
    string District, int? Trl, decimal? PriceMin, decimal? Price, bool UseFirstPayLater, IReadOnlyList<TransferMode> TransferModes, double Score);

/// <summary>Counts of every hit by kind, top-level field, district, TRL, price band, 先用后转 ("1"/"0") and an
/// achievement's transfer modes.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Kind, IReadOnlyList<FacetValue> Field, IReadOnlyList<FacetValue> District,
    IReadOnlyList<FacetValue> Trl, IReadOnlyList<FacetValue> PriceBand, IReadOnlyList<FacetValue> UseFirstPayLater,
    IReadOnlyList<FacetValue> TransferMode);

/// <summary>A page of hits and the facets of all hits. (Not the index's event sequence: it would tell anyone how much
/// happens on the platform, bids included.)</summary>
public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);

/// <summary>Where this node's index stands: the last event sequence it applied, and how many documents it holds.</summary>
public sealed record SearchIndexStatus(long IndexedThrough, int Documents, bool Rebuilding);
