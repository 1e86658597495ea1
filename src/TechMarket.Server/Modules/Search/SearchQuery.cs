using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TechMarket.Server.Modules.Achievements;

namespace TechMarket.Server.Modules.Search;

/// <summary>What a search asks for: words (segmented by SmartCn), and filters that are also the facets.</summary>
public sealed record SearchQuery(
    string? Text = null,
    SearchKind? Kind = null,
    string? Field = null,
    string? District = null,
    int? TrlMin = null,
    int? TrlMax = null,
    PriceBand? PriceBand = null,
    bool? UseFirstPayLater = null,
    Guid? Organisation = null,
    TransferMode? TransferMode = null)
{
    /// <summary>The share of the query's words a hit must contain (in its title or text).</summary>
    public const double WordsToMatch = 0.6;

    public Query ToLucene(Analyzer analyzer)
    {
        var query = new BooleanQuery();
        var words = string.IsNullOrWhiteSpace(Text) ? [] : TextTerms.Of(analyzer, Text).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count > 0)
        {
            var wordsQuery = new BooleanQuery();
            foreach (var word in words)
            {
                var either = new BooleanQuery
                {
                    { new TermQuery(new Term(IndexedFields.Title, word)) { Boost = 2f }, Occur.SHOULD },
                    { new TermQuery(new Term(IndexedFields.Text, word)), Occur.SHOULD },
                };
                wordsQuery.Add(either, Occur.SHOULD);
            }

            wordsQuery.MinimumNumberShouldMatch = (int)Math.Ceiling(words.Count * WordsToMatch);
            query.Add(wordsQuery, Occur.MUST);
        }
        else
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        // Filters restrict without scoring, so a filter never changes the order of what it lets through.
        var filters = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } }; // with no filter asked for, all pass
        Filter(filters, IndexedFields.Kind, Kind?.ToString());
        Filter(filters, Field is { Length: 2 } ? IndexedFields.TopField : IndexedFields.FieldCode, Field);
        Filter(filters, IndexedFields.District, District);
        Filter(filters, IndexedFields.PriceBand, PriceBand?.ToString());
        Filter(filters, IndexedFields.Trial, UseFirstPayLater is { } trial ? (trial ? "1" : "0") : null);
        Filter(filters, IndexedFields.Organisation, Organisation?.ToString("N"));
        Filter(filters, IndexedFields.TransferMode, TransferMode?.ToString());
        if (TrlMin is not null || TrlMax is not null)
        {
            filters.Add(NumericRangeQuery.NewInt32Range(IndexedFields.Trl, TrlMin, TrlMax, true, true), Occur.MUST);
        }

        // No filter asked for: the words alone. A filter that lets everything through is still a second iterator that
        // every hit of a plain search is checked against (it has no random-access bits).
        return filters.Clauses.Count == 1 ? query : new FilteredQuery(query, new QueryWrapperFilter(filters));
    }

    private static void Filter(BooleanQuery filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filters.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
