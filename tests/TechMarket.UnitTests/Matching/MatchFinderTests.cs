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
