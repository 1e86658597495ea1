using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// What one ranking asks of the index about words — in how many documents a word is, how telling it is, whether any
/// candidate uses it — answered from one terms cursor per segment and field, opened once per ranking and moved from
/// word to word. Asked through the reader (<c>IndexReader.DocFreq</c>) or as a query per word, every question opened
/// a fresh cursor in every segment: about six per word and segment, most of the vocabulary step's 8.7 MB of
/// allocations in the realtime bench (docs/PERFORMANCE.md, issue 13, realtime6). One instance per reader and thread.
/// </summary>
public sealed class WordStatistics
{
    private readonly IndexReader _reader;
    private readonly Segment[] _segments;
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public WordStatistics(IndexReader reader)
    {
        _reader = reader;
        Cursors = new TermCursors(reader);
        _segments = [.. reader.Leaves.Select(leaf => new Segment(leaf, Cursors))];
    }

    /// <summary>The ranking's terms cursors, which the retrieval's clauses share (<see cref="TermCursors.Clause"/>).</summary>
    public TermCursors Cursors { get; }

    /// <summary>The documents of the index, deleted ones included (as a document frequency counts them).</summary>
    public int MaxDoc => _reader.MaxDoc;

    /// <summary>In how many documents the word is, in the title or in the text (the larger of the two; deleted
    /// documents count until their segment is merged away, as in <c>IndexReader.DocFreq</c>).</summary>
    public int Frequency(string word)
    {
        if (!_frequencies.TryGetValue(word, out var frequency))
        {
            var bytes = new BytesRef(word);
            var (title, text) = (0, 0);
            foreach (var segment in _segments)
            {
                title += Segment.Frequency(segment.Title, bytes);
                text += Segment.Frequency(segment.Text, bytes);
            }

            frequency = Math.Max(title, text);
            _frequencies[word] = frequency;
        }

        return frequency;
    }

    /// <summary>How telling a word is in this index (BM25's inverse document frequency).</summary>
    public double Idf(string word)
    {
        if (!_idf.TryGetValue(word, out var idf))
        {
            var documents = Math.Max(1, _reader.NumDocs);
            var frequency = Frequency(word);
            idf = Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
            _idf[word] = idf;
        }

        return idf;
    }

    /// <summary>Whether any document the filter lets through uses the word (in its title or text): per segment, the
    /// word's postings stepped against the filter's documents until they meet.</summary>
    public bool AnyUses(string word, Filter candidates)
    {
        var bytes = new BytesRef(word);
        return _segments.Any(segment => segment.AnyUses(bytes, candidates));
    }

    /// <summary>How many live documents a filter lets through.</summary>
    public int Count(Filter filter)
    {
        var count = 0;
        foreach (var segment in _segments)
        {
            var iterator = segment.Candidates(filter)?.GetIterator();
            while (iterator is not null && iterator.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>One segment's cursors over the two text fields (null when the segment has no such field).</summary>
    private sealed class Segment(AtomicReaderContext context, TermCursors cursors)
    {
        public readonly TermsEnum? Title = cursors.In(context, IndexedFields.Title);
        public readonly TermsEnum? Text = cursors.In(context, IndexedFields.Text);
        private DocsEnum? _titleDocs;
        private DocsEnum? _textDocs;

        public static int Frequency(TermsEnum? terms, BytesRef word) => terms is not null && terms.SeekExact(word) ? terms.DocFreq : 0;

        public DocIdSet? Candidates(Filter filter) => filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);

        public bool AnyUses(BytesRef word, Filter filter)
        {
            var candidates = Candidates(filter);
            if (candidates is null)
            {
                return false;
            }

            return Meets(Title, word, candidates, ref _titleDocs) || Meets(Text, word, candidates, ref _textDocs);
        }

        private bool Meets(TermsEnum? terms, BytesRef word, DocIdSet candidates, ref DocsEnum? reuse)
        {
            if (terms is null || !terms.SeekExact(word) || candidates.GetIterator() is not { } wanted)
            {
                return false;
            }

            var postings = terms.Docs(context.AtomicReader.LiveDocs, reuse, DocsFlags.NONE);
            reuse = postings;
            var (doc, candidate) = (postings.NextDoc(), wanted.NextDoc());
            while (doc != DocIdSetIterator.NO_MORE_DOCS && candidate != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (doc == candidate)
                {
                    return true;
                }

                (doc, candidate) = doc < candidate ? (postings.Advance(candidate), candidate) : (doc, wanted.Advance(doc));
            }

            return false;
        }
    }
}
