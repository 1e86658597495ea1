using Lucene.Net.Index;
using Lucene.Net.Search;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Matching;

/// <summary>The ranking's word statistics, read from one cursor per segment, give the index's own answers: the same
/// document frequencies as the reader over several segments, and "does any candidate use it" honours the candidates'
/// filter and deletions.</summary>
public sealed class WordStatisticsTests : IDisposable
{
    private static readonly Filter Achievements = new QueryWrapperFilter(new TermQuery(new Term(IndexedFields.Kind, nameof(SearchKind.Achievement))));
    private static readonly string[] Words = ["集装箱", "堆场", "agv", "rfid", "涂层", "不存在的词"];
    private readonly SearchIndex _index = SearchIndex.InMemory();

    [Fact]
    public void Frequencies_over_several_segments_are_the_readers_own()
    {
        // Each Apply refreshes the reader, so each batch becomes a segment of its own.
        _index.Apply([Change(Achievement("集装箱码头堆场箱位分配 agv")), Change(Achievement("反渗透膜表面改性 rfid"))], 1);
        _index.Apply([Change(Need("集装箱码头集卡调度")), Change(Achievement("堆场集卡调度 agv"))], 2);
        _index.Apply([Change(Need("膜表面抗污染涂层"))], 3);

        _index.Read(searcher =>
        {
            searcher.IndexReader.Leaves.Count.ShouldBeGreaterThan(1);
            var statistics = new WordStatistics(searcher.IndexReader);
            foreach (var word in Words)
            {
                var expected = Math.Max(
                    searcher.IndexReader.DocFreq(new Term(IndexedFields.Title, word)), searcher.IndexReader.DocFreq(new Term(IndexedFields.Text, word)));
                statistics.Frequency(word).ShouldBe(expected, word);
            }

            statistics.Frequency("agv").ShouldBe(2);
            statistics.Frequency("集装箱").ShouldBe(2);
            return 0;
        });
    }

    [Fact]
    public void A_word_is_used_by_the_candidates_only_if_a_live_candidate_has_it()
    {
        var port = Achievement("集装箱码头堆场箱位分配 agv");
        _index.Apply([Change(port), Change(Achievement("反渗透膜表面改性 rfid"))], 1);
        _index.Apply([Change(Need("集装箱集卡调度 teu 降低翻箱率"))], 2);

        Uses("agv").ShouldBeTrue();
        Uses("集装箱").ShouldBeTrue();
        Uses("teu").ShouldBeFalse(); // only a need has it
        Uses("不存在的词").ShouldBeFalse();

        _index.Apply([new SearchChange(SearchKind.Achievement, port.Id, null)], 3);

        Uses("agv").ShouldBeFalse(); // its only achievement was removed; the frequency still counts it until a merge
        Uses("集装箱").ShouldBeFalse(); // now only the need has it
        Uses("rfid").ShouldBeTrue();
    }

    private bool Uses(string word) => _index.Read(searcher => new WordStatistics(searcher.IndexReader).AnyUses(word, Achievements));

    private static SearchChange Change(SearchDocument d) => new(d.Kind, d.Id, d);

    private static SearchDocument Need(string title) => new(
        SearchKind.Need, Guid.CreateVersion7(), Guid.CreateVersion7(), "宁波港企", OrganisationKind.Enterprise, title, title, ["0103"], "330211",
        null, null, 2_000_000m, false, new DateOnly(2027, 6, 1), DateTimeOffset.UnixEpoch);

    private static SearchDocument Achievement(string title) => new(
        SearchKind.Achievement, Guid.CreateVersion7(), Guid.CreateVersion7(), "甬城大学", OrganisationKind.University, title, title, ["0103"], "330205",
        7, null, 1_000_000m, false, null, DateTimeOffset.UnixEpoch);

    public void Dispose() => _index.Dispose();
}
