using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Search;

/// <summary>A node's index on its own disk: it comes back after a restart with its documents and the sequence it was
/// complete through (so the feeder goes on from there), a rebuild empties it to sequence 0, and a second process
/// cannot open the same directory.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"techmarket-index-{Guid.NewGuid():N}");

    [Fact]
    public void A_restarted_index_answers_from_where_its_last_commit_left_it()
    {
        var profile = Profile("甬城大学", "港口物流调度优化算法、堆场分配与运筹优化");
        using (var index = SearchIndex.OnDisk(_path))
        {
            index.Apply([new SearchChange(SearchKind.Profile, profile.Id, profile)], 42);
        }

        using var restarted = SearchIndex.OnDisk(_path);

        restarted.AppliedThrough.ShouldBe(42);
        var found = Searching.Run(restarted, new SearchQuery("堆场分配"), 1, 10);
        found.Hits.Select(h => h.Id).ShouldBe([profile.Id]);
    }

    [Fact]
    public void A_rebuild_empties_the_index_to_sequence_zero_for_the_feeder_to_replay()
    {
        var profile = Profile("东海新材料技术研究院", "反渗透膜表面亲水抗污染改性");
        using (var index = SearchIndex.OnDisk(_path))
        {
            index.Apply([new SearchChange(SearchKind.Profile, profile.Id, profile)], 7);
            index.Reset();
            index.Rebuilding.ShouldBeTrue();
        }

        using var restarted = SearchIndex.OnDisk(_path);

        restarted.AppliedThrough.ShouldBe(0);
        Searching.Run(restarted, new SearchQuery("反渗透膜"), 1, 10).Total.ShouldBe(0);
    }

    [Fact]
    public void An_index_written_in_another_layout_is_emptied_for_the_feeder_to_replay()
    {
        using (var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(_path)))
        using (var analyzer = TextTerms.NewAnalyzer())
        using (var old = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(TextTerms.Version, analyzer)))
        {
            old.AddDocument(IndexedFields.ToLucene(Profile("甬城大学", "港口物流调度优化算法"), analyzer));
            old.SetCommitData(new Dictionary<string, string> { ["techmarket.sequence"] = "42" }); // written before layouts were recorded
            old.Commit();
        }

        using var index = SearchIndex.OnDisk(_path);

        index.AppliedThrough.ShouldBe(0);
        index.Status().Documents.ShouldBe(0);
    }

    [Fact]
    public void Two_processes_never_share_one_index()
    {
        using var index = SearchIndex.OnDisk(_path);

        Should.Throw<Lucene.Net.Store.LockObtainFailedException>(() => SearchIndex.OnDisk(_path));
    }

    private static SearchDocument Profile(string name, string text) => new(
        SearchKind.Profile, Guid.CreateVersion7(), Guid.CreateVersion7(), name, OrganisationKind.University, name, text, ["0103"], "330205",
        null, null, null, false, null, DateTimeOffset.UnixEpoch);

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }
}
