using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TechMarket.Server.Modules.Search;

/// <summary>Counts, for every hit of a search, the values of the facet fields (from their doc values), so the facets
/// describe all hits and not just the page shown. Hits are counted by ordinal, per segment; each value's text is read
/// once per segment, when the segment is done — not once per hit.</summary>
public sealed class FacetCounter(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly BytesRef _scratch = new();
    private (string Field, SortedSetDocValues Values, int[] Hits)[] _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Fold();
        _segment = [.. fields
            .Select(f => (Field: f, Values: context.AtomicReader.GetSortedSetDocValues(f)))
            .Where(f => f.Values is not null)
            .Select(f => (f.Field, f.Values!, new int[f.Values!.ValueCount]))];
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, hits) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                hits[ord]++;
            }
        }
    }

    public IReadOnlyList<FacetValue> For(string field)
    {
        Fold();
        return [.. _counts[field].OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetValue(c.Key, c.Value))];
    }

    /// <summary>Adds the segment's ordinal counts to the counts by value, and starts the segment afresh.</summary>
    private void Fold()
    {
        foreach (var (field, values, hits) in _segment)
        {
            var counts = _counts[field];
            for (var ord = 0; ord < hits.Length; ord++)
            {
                if (hits[ord] > 0)
                {
                    values.LookupOrd(ord, _scratch);
                    var value = _scratch.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + hits[ord];
                    hits[ord] = 0;
                }
            }
        }
    }
}

public sealed record FacetValue(string Value, int Count);
