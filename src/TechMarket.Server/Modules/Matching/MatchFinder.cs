using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Server.Modules.Matching;

/// <summary>
/// Finds candidates in a node's index and ranks them: Lucene (its default TF-IDF similarity over the words, plus the
/// fields) picks the pool, then <see cref="MatchScoring"/> scores each member with structure and reasons. The same code
/// ranks for the live matcher and for the evaluation set.
/// </summary>
public static class MatchFinder
{
    /// <summary>Achievements and the profiles of universities and institutes, for a need or a challenge.</summary>
    public static IReadOnlyList<RankedCandidate> RankOffers(
        SearchIndex index, string wantText, Want want, int pool, MatchWeights? weights = null, RankingSteps? steps = null) =>
        index.Read(searcher =>
        {
            steps ??= new RankingSteps();
            steps.Start();
            var words = new WordStatistics(searcher.IndexReader);
            var matchable = UsedBy(words, Offers);
            WantedWords? wanted = null; // prepared at the first offer, once the vocabulary is known
            return Rank(index, searcher, words, wantText, want.Fields, Offers, ProfileBoost, pool, steps, () => Know(want.Terms, words.Idf, matchable), (document, terms) =>
                MatchScoring.Score(want, wanted ??= new WantedWords(want.Terms, words.Idf, matchable), ToOffer(document, terms), weights));
        });

    /// <summary>The offers: achievements, and the profiles of all but enterprises.</summary>
    private static BooleanQuery OffersQuery() => new()
    {
        { new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Achievement))), Occur.SHOULD },
        {
            new BooleanQuery
            {
                { new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Profile))), Occur.MUST },
                { new TermQuery(new Term(IndexedFields.OrganisationKind, nameof(OrganisationKind.Enterprise))), Occur.MUST_NOT },
            },
            Occur.SHOULD
        },
    };

    /// <summary>The offers as a filter remembered per segment (segments never change; a segment's entry goes with it),
    /// for the retrieval and the vocabulary's questions: asked per word, the offers' query was evaluated again each time.</summary>
    private static readonly Filter Offers = new RememberedBits(new QueryWrapperFilter(OffersQuery()));

    private static readonly Filter Needs = new RememberedBits(new QueryWrapperFilter(new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Need)))));

    /// <summary>A profile's lead in the pool. The kinds were once a scored clause of the retrieval, and a profile (rare
    /// beside the achievements) gained its kind's inverse document frequency from it; as a filter the kinds score
    /// nothing, so this clause keeps that lead (at the weight the old clause gave it: one of its two alternatives).</summary>
    private static readonly Query ProfileBoost = new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Profile))) { Boost = 0.5f };

    /// <summary>A filter remembered per segment as a bit set, which the search reads at each posting (the random-access
    /// strategy): the candidates' kinds cost a bit test per hit instead of a second scored clause stepped beside the
    /// words (a conjunction over ~100,000 achievements in the realtime bench).</summary>
    private sealed class RememberedBits(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    /// <summary>Open needs of enterprises, for an achievement.</summary>
    public static IReadOnlyList<RankedCandidate> RankNeeds(
        SearchIndex index, string offerText, Offer offer, DateOnly today, int pool, MatchWeights? weights = null, RankingSteps? steps = null) =>
        index.Read(searcher =>
        {
            steps ??= new RankingSteps();
            steps.Start();
            var words = new WordStatistics(searcher.IndexReader);
            return Rank(index, searcher, words, offerText, offer.Fields, Needs, null, pool, steps, () => { }, (document, terms) =>
                MatchScoring.Score(ToWant(document, terms, today), offer, words.Idf, weights));
        });

    /// <summary>An indexed achievement or profile as an offer; its words are the ones stored at indexing.</summary>
    public static Offer ToOffer(SearchDocument d, IReadOnlyList<string> terms) => new(
        d.Kind == SearchKind.Profile ? OfferKind.Profile : OfferKind.Achievement, terms, d.Fields, d.Trl, d.Price, d.UseFirstPayLater, d.District);

    /// <summary>An indexed need as a want; its words are the ones stored at indexing.</summary>
    public static Want ToWant(SearchDocument d, IReadOnlyList<string> terms, DateOnly today) => new(
        terms, d.Fields, d.Price, d.Due is { } due ? MatchScoring.DesiredTrl(due, today) : null, d.District);

    /// <summary>Whether any candidate uses the word (in its title or text). Most words answer from the terms dictionary
    /// alone: one in no document is used by none; one in more documents than there are others (documents of other
    /// kinds, and deleted ones, which a document frequency still counts) must be in a candidate. Only the words between
    /// ask the index, each against the candidates' filter remembered per segment. Counting the candidates also fills
    /// that filter, so the node's warm-up ranking leaves it ready.</summary>
    private static Func<string, bool> UsedBy(WordStatistics words, Filter candidates)
    {
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        var others = words.MaxDoc - words.Count(candidates);
        return term =>
        {
            if (!known.TryGetValue(term, out var used))
            {
                var frequency = words.Frequency(term);
                used = frequency > 0 && (frequency > others || words.AnyUses(term, candidates));
                known[term] = used;
            }

            return used;
        };
    }

    /// <summary>A word found in more than this share of a large index (<see cref="CommonFloor"/> documents or more) picks
    /// no candidates: it is in nearly every one (与, 和, 第), so retrieving by it scored the whole index — 100,000 hits
    /// instead of 30,000 in the realtime bench, three times the time — while the pool's own scoring still counts it.</summary>
    public const double CommonShare = 0.1;

    public const int CommonFloor = 1_000;

    /// <summary>The words that pick the pool: all of them, but for the common ones of a large index (if any word is left).</summary>
    private static IReadOnlyList<string> Telling(IndexReader reader, WordStatistics statistics, IReadOnlyList<string> words)
    {
        var limit = Math.Max(CommonFloor, reader.NumDocs * CommonShare);
        var telling = words.Where(w => statistics.Frequency(w) <= limit).ToList();
        return telling.Count > 0 ? telling : words;
    }

    /// <summary>Looks up once what the scoring asks of each wanted word (both answers are remembered), so that the
    /// ranking's steps can be told apart.</summary>
    private static void Know(IReadOnlyList<string> words, Func<string, double> idf, Func<string, bool> matchable)
    {
        foreach (var word in words)
        {
            idf(word);
            matchable(word);
        }
    }

    /// <summary>The retrieval's query: each word in the title or the text, the fields (the sub-field boosted), and the
    /// boost's clause beside them. <paramref name="clause"/> makes a word's clause (field, word, boost): Lucene's
    /// <see cref="TermQuery"/> or the ranking's shared cursors (<see cref="TermCursors.Clause"/>), which score the same.</summary>
    public static Query Retrieval(IReadOnlyList<string> words, IReadOnlyList<string> fields, Query? boost, Func<string, string, float, Query> clause)
    {
        var relevance = new BooleanQuery();
        foreach (var word in words)
        {
            relevance.Add(clause(IndexedFields.Title, word, 1f), Occur.SHOULD);
            relevance.Add(clause(IndexedFields.Text, word, 1f), Occur.SHOULD);
        }

        foreach (var field in fields)
        {
            relevance.Add(clause(IndexedFields.FieldCode, field, 2f), Occur.SHOULD);
            relevance.Add(clause(IndexedFields.TopField, field[..Math.Min(2, field.Length)], 1f), Occur.SHOULD);
        }

        // Without coordination the boost adds to the words' score as the kinds' clause did; a hit needs a word or a field.
        return boost is null ? relevance : new BooleanQuery(disableCoord: true) { { relevance, Occur.MUST }, { boost, Occur.SHOULD } };
    }

    private static List<RankedCandidate> Rank(
        SearchIndex index, IndexSearcher searcher, WordStatistics statistics, string text, IReadOnlyList<string> fields, Filter kinds, Query? boost, int pool, RankingSteps steps,
        Action vocabulary, Func<SearchDocument, IReadOnlyList<string>, Scored> score)
    {
        var words = Telling(searcher.IndexReader, statistics, TextTerms.Of(index.Analyzer, text).Distinct(StringComparer.Ordinal).ToList());
        var query = Retrieval(words, fields, boost, statistics.Cursors.Clause);
        steps.AfterWords();
        var found = searcher.Search(query, kinds, Math.Max(1, pool), Searching.Relevance);
        steps.Hits = found.TotalHits;
        steps.AfterRetrieval();
        var candidates = found.ScoreDocs.Select(hit => IndexedFields.CandidateOf(searcher, hit.Doc, index.Analyzer)).ToList();
        steps.AfterLoading();
        vocabulary();
        steps.AfterVocabulary();
        var ranked = candidates
            .Select(c => new RankedCandidate(c.Document, score(c.Document, c.Terms)))
            .OrderByDescending(c => c.Scored.Score)
            .ThenBy(c => c.Document.Id)
            .ToList();
        steps.AfterScoring();
        return ranked;
    }
}
