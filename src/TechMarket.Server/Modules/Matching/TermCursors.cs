using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// One terms cursor per segment and field for one ranking, moved from word to word, and the retrieval's word clauses
/// that use them. Lucene's own <see cref="TermQuery"/> opens a fresh cursor in every segment for each clause twice —
/// once to find the word's statistics (<c>TermContext.Build</c>), once more to reach its postings when it scores — and
/// its frames, buffers and term states were most of the retrieval's 2.7 MB of allocations per ranking in the realtime
/// bench (docs/PERFORMANCE.md, rt10). <see cref="Clause"/> is the same query, scored the same (the same similarity,
/// statistics and postings; <c>MatchFinderTests</c> compares the two hit by hit). One instance per reader and thread.
/// </summary>
public sealed class TermCursors(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly Dictionary<string, TermsEnum?[]> _cursors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CollectionStatistics> _collections = new(StringComparer.Ordinal);

    /// <summary>The field's cursor in a segment (null when the segment has no such field).</summary>
    public TermsEnum? In(AtomicReaderContext leaf, string field)
    {
        if (!_cursors.TryGetValue(field, out var cursors))
        {
            cursors = new TermsEnum?[_leaves.Count];
            _cursors[field] = cursors;
        }

        return cursors[leaf.Ord] ??= leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
    }

    /// <summary>A clause that matches the documents with the word in the field, scored as a <see cref="TermQuery"/>.</summary>
    public Query Clause(string field, string word, float boost = 1f)
    {
        var term = new Term(field, word);
        var states = new TermContext(reader.Context);
        foreach (var leaf in _leaves)
        {
            if (In(leaf, field) is { } cursor && cursor.SeekExact(term.Bytes))
            {
                states.Register(cursor.GetTermState(), leaf.Ord, cursor.DocFreq, cursor.TotalTermFreq);
            }
        }

        return new CursorTermQuery(term, states, this) { Boost = boost };
    }

    private CollectionStatistics Collection(IndexSearcher searcher, string field)
    {
        if (!_collections.TryGetValue(field, out var statistics))
        {
            statistics = searcher.CollectionStatistics(field);
            _collections[field] = statistics;
        }

        return statistics;
    }

    private sealed class CursorTermQuery(Term term, TermContext states, TermCursors cursors) : Query
    {
        public override Weight CreateWeight(IndexSearcher searcher) =>
            states.TopReaderContext == searcher.TopReaderContext
                ? new CursorTermWeight(this, searcher, states, cursors)
                : new TermQuery(term) { Boost = Boost }.CreateWeight(searcher);

        public Term Term => term;

        public override void ExtractTerms(ISet<Term> terms) => terms.Add(term);

        public override string ToString(string field) => new TermQuery(term) { Boost = Boost }.ToString(field);

        public override bool Equals(object? obj) => obj is CursorTermQuery other && other.Boost.Equals(Boost) && other.Term.Equals(term);

        public override int GetHashCode() => HashCode.Combine(Boost, term);
    }

    /// <summary>Lucene's term weight, its postings reached through the shared cursor.</summary>
    private sealed class CursorTermWeight : Weight
    {
        private readonly CursorTermQuery _query;
        private readonly TermContext _states;
        private readonly TermCursors _cursors;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly IndexSearcher _searcher;
        private (float Norm, float TopLevelBoost) _normalized = (1f, 1f);

        public CursorTermWeight(CursorTermQuery query, IndexSearcher searcher, TermContext states, TermCursors cursors)
        {
            (_query, _states, _cursors, _similarity, _searcher) = (query, states, cursors, searcher.Similarity, searcher);
            _stats = _similarity.ComputeWeight(query.Boost, cursors.Collection(searcher, query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _normalized = (norm, topLevelBoost);
            _stats.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (_states.Get(context.Ord) is not { } state || _cursors.In(context, _query.Term.Field) is not { } cursor)
            {
                return null;
            }

            // The postings keep what they need of the cursor's position: it may move on to the next word at once.
            cursor.SeekExact(_query.Term.Bytes, state);
            return new CursorTermScorer(this, cursor.Docs(acceptDocs, null), _similarity.GetSimScorer(_stats, context));
        }

        /// <summary>Lucene's own explanation: the same statistics, normalised the same.</summary>
        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var weight = new TermQuery(_query.Term, _states) { Boost = _query.Boost }.CreateWeight(_searcher);
            weight.Normalize(_normalized.Norm, _normalized.TopLevelBoost);
            return weight.Explain(context, doc);
        }
    }

    /// <summary>Lucene's term scorer: the similarity's score of each posting.</summary>
    private sealed class CursorTermScorer(Weight weight, DocsEnum postings, Similarity.SimScorer scorer) : Scorer(weight)
    {
        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override float GetScore() => (float)scorer.Score(postings.DocID, postings.Freq);

        public override long GetCost() => postings.GetCost();
    }
}
