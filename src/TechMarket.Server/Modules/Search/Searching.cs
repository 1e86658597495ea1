using Lucene.Net.Search;

namespace TechMarket.Server.Modules.Search;

/// <summary>Runs a search on a node's index: the page of hits (by relevance, or newest first without words) and the
/// facets of all hits.</summary>
public static class Searching
{
    private static readonly string[] FacetFields =
        [IndexedFields.Kind, IndexedFields.TopField, IndexedFields.District, IndexedFields.Trl, IndexedFields.PriceBand, IndexedFields.Trial, IndexedFields.TransferMode];

    private static readonly SortField Tiebreak = new(IndexedFields.KeyOrder, SortFieldType.STRING);
    private static readonly Sort Newest = new(new SortField(IndexedFields.At, SortFieldType.INT64, true), Tiebreak);
    /// <summary>By score, ties in the order of their keys: the same answer on every node and after every rebuild.</summary>
    public static readonly Sort Relevance = new(SortField.FIELD_SCORE, Tiebreak);

    public static SearchResults Run(SearchIndex index, SearchQuery query, int page, int pageSize)
    {
        var lucene = query.ToLucene(index.Analyzer);
        var wanted = page * pageSize;
        var byRelevance = !string.IsNullOrWhiteSpace(query.Text);
        return index.Read(searcher =>
        {
            var top = TopFieldCollector.Create(byRelevance ? Relevance : Newest, wanted, true, byRelevance, false, false);
            var facets = new FacetCounter(FacetFields);
            searcher.Search(lucene, MultiCollector.Wrap((ICollector)top, facets));
            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
            var hits = docs.ScoreDocs.Select(d => ToHit(IndexedFields.FromLucene(searcher.Doc(d.Doc)), byRelevance ? d.Score : 0)).ToList();
            return new SearchResults(
                top.TotalHits, page, pageSize, hits,
                new SearchFacets(
                    facets.For(IndexedFields.Kind), facets.For(IndexedFields.TopField), facets.For(IndexedFields.District),
                    facets.For(IndexedFields.Trl), facets.For(IndexedFields.PriceBand), facets.For(IndexedFields.Trial),
                    facets.For(IndexedFields.TransferMode)));
        });
    }

    private static SearchHit ToHit(SearchDocument d, float score) => new(
        d.Kind, d.Id, d.OrganisationId, d.OrganisationName, d.Title, Snippet(d.Text), d.Fields, d.District, d.Trl, d.PriceMin, d.Price,
        d.UseFirstPayLater, d.TransferModes ?? [], Math.Round(score, 4));

    private static string Snippet(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 160), "…");
}
