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

    private static SearchDocument Achievement(string title, string field) => new(
        SearchKind.Achievement, Guid.CreateVersion7(), Guid.CreateVersion7(), "甬城大学", OrganisationKind.University, title, title, [field], "330205",
        7, null, 1_000_000m, false, null, DateTimeOffset.UnixEpoch);

    public void Dispose() => _index.Dispose();
}
