using Lucene.Net.Index;
using Lucene.Net.Search;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Matching;

/// <summary>Retrieval over a large index: words nearly every document has (与, 和) pick no candidates there, so the pool
/// is the documents that share a telling word or the field — and the one that fits still comes first, with the common
/// words counted in its score.</summary>
public sealed class MatchFinderTests : IDisposable
{
    private const string NeedText = "集装箱码头堆场箱位分配与集卡调度优化\n寻求堆场箱位分配与集卡调度优化算法。";
    private readonly SearchIndex _index = SearchIndex.InMemory();

    [Fact]
    public void In_a_large_index_common_words_pick_no_candidates_but_the_fitting_one_comes_first()
    {
        var fits = Achievement("集装箱码头堆场箱位分配与集卡调度优化算法", "0103");
        var filler = Enumerable.Range(0, MatchFinder.CommonFloor + 200)
            .Select(i => Achievement($"反渗透膜表面改性与抗污染涂层（第{i}号）", "0402")) // shares only 与 with the need
            .ToList();
        _index.Apply([.. filler.Append(fits).Select(d => new SearchChange(SearchKind.Achievement, d.Id, d))], 1);
        var want = new Want(TextTerms.Of(_index.Analyzer, NeedText), ["0103"], 2_000_000m, 7, "330211");

        var ranked = MatchFinder.RankOffers(_index, NeedText, want, pool: 200);

        ranked.Select(c => c.Document.Id).ShouldBe([fits.Id]);
        ranked[0].Scored.Reasons.ShouldContain(r => r.Kind == MatchReasonKind.MatchedTerms && r.Values.Contains("集装箱"));
    }

    [Fact]
    public void In_a_small_index_every_word_picks_candidates()
    {
        var shares = Achievement("反渗透膜表面改性与抗污染涂层", "0402");
        _index.Apply([new SearchChange(SearchKind.Achievement, shares.Id, shares)], 1);
        var want = new Want(TextTerms.Of(_index.Analyzer, NeedText), ["0103"], 2_000_000m, 7, "330211");

        MatchFinder.RankOffers(_index, NeedText, want, pool: 200).Select(c => c.Document.Id).ShouldBe([shares.Id]);
    }

    [Fact]
    public void A_word_only_other_kinds_use_is_left_out_of_the_share_however_many_use_it()
    {
        var fits = Achievement("集装箱码头堆场箱位分配与集卡调度优化算法", "0103");
        var needs = Enumerable.Range(0, 30).Select(i => Need($"降低翻箱率 teu（第{i}号）")).ToList(); // teu: needs only
        _index.Apply([.. needs.Append(fits).Select(d => new SearchChange(d.Kind, d.Id, d))], 1);
        const string text = "堆场箱位分配 teu";
        const string without = "堆场箱位分配";

        var with = MatchFinder.RankOffers(_index, text, new Want(TextTerms.Of(_index.Analyzer, text), ["0103"], 2_000_000m, 7, "330211"), pool: 200);
        var alone = MatchFinder.RankOffers(_index, without, new Want(TextTerms.Of(_index.Analyzer, without), ["0103"], 2_000_000m, 7, "330211"), pool: 200);

        with.Single().Scored.ShouldBeEquivalentTo(alone.Single().Scored);
    }

    [Fact]
    public void A_word_most_documents_use_counts_in_the_share_without_asking_each_document()
    {
        var fits = Achievement("集装箱码头堆场箱位分配与集卡调度优化算法", "0103");
        var others = Enumerable.Range(0, 30).Select(i => Achievement($"港口物流装备 agv（第{i}号）", "0103")).ToList(); // agv: most offers use it
        _index.Apply([.. others.Append(fits).Append(Need("agv")).Select(d => new SearchChange(d.Kind, d.Id, d))], 1);
        const string text = "堆场箱位分配 agv";
        const string without = "堆场箱位分配";

        var with = MatchFinder.RankOffers(_index, text, new Want(TextTerms.Of(_index.Analyzer, text), ["0103"], 2_000_000m, 7, "330211"), pool: 200);
        var alone = MatchFinder.RankOffers(_index, without, new Want(TextTerms.Of(_index.Analyzer, without), ["0103"], 2_000_000m, 7, "330211"), pool: 200);

        // agv is wanted and used, so the fitting achievement, which lacks it, shares less of the want than without it.
        with.Single(c => c.Document.Id == fits.Id).Scored.Score.ShouldBeLessThan(alone.Single(c => c.Document.Id == fits.Id).Scored.Score);
    }

    [Fact]
    public void A_candidate_too_large_for_the_doc_values_is_read_and_segmented_from_the_stored_document()
    {
        var codes = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"x{i}")); // distinct words, more than the doc values take
        var large = Achievement("集装箱码头堆场箱位分配与集卡调度优化算法", "0103") with { Text = $"集装箱堆场调度 {codes}" };
        _index.Apply([new SearchChange(SearchKind.Achievement, large.Id, large)], 1);
        var want = new Want(TextTerms.Of(_index.Analyzer, NeedText), ["0103"], 2_000_000m, 7, "330211");

        var ranked = MatchFinder.RankOffers(_index, NeedText, want, pool: 200).Single();

        ranked.Document.Id.ShouldBe(large.Id);
        ranked.Document.Title.ShouldBe(large.Title);
        ranked.Scored.Reasons.ShouldContain(r => r.Kind == MatchReasonKind.MatchedTerms && r.Values.Contains("集装箱"));
    }

    [Fact]
    public void Offers_are_achievements_and_the_profiles_of_all_but_enterprises_and_a_profile_keeps_its_lead_in_a_small_pool()
    {
        const string text = "集装箱码头堆场箱位分配与集卡调度优化算法";
        var achievements = Enumerable.Range(0, 300).Select(i => Achievement($"{text}（第{i}号）", "0103")).ToList();
        var university = Profile($"{text}（第300号）", OrganisationKind.University); // the same words and length as the achievements
        var enterprise = Profile($"{text}（第301号）", OrganisationKind.Enterprise);
        var need = Need($"{text}（第302号）");
        _index.Apply([.. achievements.Append(university).Append(enterprise).Append(need).Select(d => new SearchChange(d.Kind, d.Id, d))], 1);
        var want = new Want(TextTerms.Of(_index.Analyzer, NeedText), ["0103"], 2_000_000m, 7, "330211");

        var ranked = MatchFinder.RankOffers(_index, NeedText, want, pool: 10).Select(c => c.Document.Id).ToList();

        ranked.Count.ShouldBe(10);
        ranked.ShouldContain(university.Id); // one of 301 offers alike in their words: in the pool by its kind's rarity
        ranked.ShouldNotContain(enterprise.Id);
        ranked.ShouldNotContain(need.Id);
    }

    [Fact]
    public void Clauses_on_the_shared_cursors_score_every_hit_exactly_as_Lucenes_term_queries()
    {
        // Five segments (one per applied batch) of offers and needs alike in their words, some removed, so that scores tie
        // and deleted documents are in the postings; the fields' clauses and a boost beside them, as in the ranking.
        string[] phrases = ["集装箱码头堆场箱位分配", "集卡调度优化算法", "港口物流仿真", "堆场翻箱率预测", "自动化码头设备调度"];
        for (var segment = 0; segment < 5; segment++)
        {
            var batch = Enumerable.Range(0, 120)
                .Select(i => i % 11 == 0 ? Need($"{phrases[i % 5]}与{phrases[(i / 5 + segment) % 5]}")
                    : Achievement($"{phrases[i % 5]}与{phrases[(i / 5 + segment) % 5]}（{i % 7}）", i % 3 == 0 ? "0103" : "0402"))
                .ToList();
            _index.Apply([.. batch.Select(d => new SearchChange(d.Kind, d.Id, d))], (segment * 2) + 1);
            _index.Apply([.. batch.Where((_, i) => i % 13 == 0).Select(d => new SearchChange(d.Kind, d.Id, null))], (segment * 2) + 2);
        }

        _index.Read(searcher =>
        {
            searcher.IndexReader.Leaves.Count.ShouldBeGreaterThan(1);
            searcher.IndexReader.HasDeletions.ShouldBeTrue();
            var boost = new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Profile))) { Boost = 0.5f };
            foreach (var text in phrases.Append(NeedText).Append("港口 不存在的词"))
            {
                var words = TextTerms.Of(_index.Analyzer, text).Distinct(StringComparer.Ordinal).ToList();
                var statistics = new WordStatistics(searcher.IndexReader);
                words.ForEach(w => statistics.Frequency(w)); // the cursors moved before, as the ranking's choice of words moves them
                var lucene = MatchFinder.Retrieval(words, ["0103"], boost, (field, word, weight) => new TermQuery(new Term(field, word)) { Boost = weight });
                var shared = MatchFinder.Retrieval(words, ["0103"], boost, statistics.Cursors.Clause);

                var expected = searcher.Search(lucene, searcher.IndexReader.MaxDoc).ScoreDocs;
                var actual = searcher.Search(shared, searcher.IndexReader.MaxDoc).ScoreDocs;

                expected.Length.ShouldBeGreaterThan(100, text);
                actual.Select(h => (h.Doc, h.Score)).ShouldBe(expected.Select(h => (h.Doc, h.Score)), text);
                words.ForEach(w => statistics.AnyUses(w, new QueryWrapperFilter(boost))); // and after: the next ranking's questions
                searcher.Search(shared, searcher.IndexReader.MaxDoc).ScoreDocs.Select(h => (h.Doc, h.Score)).ShouldBe(expected.Select(h => (h.Doc, h.Score)), text);
            }

            return 0;
        });
    }

    private static SearchDocument Profile(string text, OrganisationKind kind) => new(
        SearchKind.Profile, Guid.CreateVersion7(), Guid.CreateVersion7(), "甬城大学", kind, text, text, ["0103"], "330205",
        null, null, null, false, null, DateTimeOffset.UnixEpoch);

    private static SearchDocument Need(string title) => new(
        SearchKind.Need, Guid.CreateVersion7(), Guid.CreateVersion7(), "宁波港企", OrganisationKind.Enterprise, title, title, ["0103"], "330211",
        null, null, 2_000_000m, false, new DateOnly(2027, 6, 1), DateTimeOffset.UnixEpoch);

    private static SearchDocument Achievement(string title, string field) => new(
        SearchKind.Achievement, Guid.CreateVersion7(), Guid.CreateVersion7(), "甬城大学", OrganisationKind.University, title, title, [field], "330205",
        7, null, 1_000_000m, false, null, DateTimeOffset.UnixEpoch);

    public void Dispose() => _index.Dispose();
}
