using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TechMarket.Server.Modules.Search;

/// <summary>Counts, for every hit of a search, the values of the facet fields (from their doc values), so the facets
/// describe all hits and not just the page shown.</summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly BytesRef _scratch = new();
    private (string Field, SortedSetDocValues? Values)[] _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _segment = fields.Select(f => (f, (SortedSetDocValues?)context.AtomicReader.GetSortedSetDocValues(f))).ToArray();

    public void Collect(int doc)
    {
        foreach (var (field, values) in _segment)
        {
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, _scratch);
                var value = _scratch.Utf8ToString();
                var counts = _counts[field];
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
    }

    public IReadOnlyList<FacetValue> For(string field) =>
        _counts[field].OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value)).ToList();
}

public sealed record FacetValue(string Value, int Count);
