using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Bench;

/// <summary>
/// The search corpus of the realtime bench. Publishing 100,000 achievements through the API would take the bench longer
/// than the rest of it, so it writes synthetic achievement documents straight into the node's index directory before
/// the server starts, in the layout the achievements source feeds (<see cref="SearchDocument"/>): each a recombination of sentences of the evaluation
/// set's achievements, under a made-up university, with a field, a TRL, a price and 先用后转 drawn at random. Port
/// logistics is left out, so the bench's need matches the demo's 甬城大学 and no synthetic organisation outranks it.
/// </summary>
internal static class SyntheticAchievements
{
    private sealed record EvalAchievement(string Id, string Field, int Trl, decimal? AskingPrice, bool UseFirstPayLater, string Title, string Summary);

    private sealed record EvalSet(List<EvalAchievement> Achievements);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Districts = ["330203", "330205", "330211", "330206", "330212", "330213", "330281", "330282", "330226", "330225", "330299"];

    public static async Task BuildAsync(string repository, string indexDirectory, int count, ILogger log, CancellationToken ct)
    {
        var path = Path.Combine(repository, "tests", "TechMarket.UnitTests", "Matching", "evaluation-set.json");
        var set = JsonSerializer.Deserialize<EvalSet>(await File.ReadAllTextAsync(path, ct), Json)!;
        var sources = set.Achievements.Where(a => !a.Summary.Contains("集装箱", StringComparison.Ordinal) && !a.Summary.Contains("码头", StringComparison.Ordinal)
                                                  && !a.Summary.Contains("港口", StringComparison.Ordinal)).ToList();
        var random = new Random(20261130);
        using (var index = SearchIndex.OnDisk(indexDirectory))
        {
            Write(index, sources, random, count, log);
        }

        Settle(indexDirectory);
    }

    private static void Write(SearchIndex index, List<EvalAchievement> sources, Random random, int count, ILogger log)
    {
        const int batch = 10_000;
        for (var start = 0; start < count; start += batch)
        {
            var changes = new List<SearchChange>(batch);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var main = sources[random.Next(sources.Count)];
                var other = sources[random.Next(sources.Count)];
                var id = Guid.CreateVersion7();
                var organisation = Guid.CreateVersion7();
                var price = random.Next(4) == 0 ? (decimal?)null : random.Next(5, 500) * 10_000m;
                var document = new SearchDocument(
                    SearchKind.Achievement, id, organisation, $"合成院校{i % 2_000:D4}", OrganisationKind.University,
                    $"{main.Title}（第{i}号）", $"{main.Summary}{other.Summary}", [main.Field], Districts[random.Next(Districts.Length)],
                    random.Next(3, 10), null, price, random.Next(5) == 0, null, DateTimeOffset.UtcNow.AddMinutes(-i));
                changes.Add(new SearchChange(SearchKind.Achievement, id, document));
            }

            index.Apply(changes, 0); // sequence 0: the server's feeder then applies every real event on top
            log.LogInformation("Indexed {Count} synthetic achievements", Math.Min(count, start + batch));
        }
    }

    /// <summary>Merges the corpus into one segment, as a long-lived index settles. Left as written (a segment per batch),
    /// the server's first commits merge it while the bench measures, and how far that merge has got — both copies on
    /// disk and mapped, or one — depends on the layout's size, not on the server.</summary>
    private static void Settle(string indexDirectory)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(TextTerms.Version, TextTerms.NewAnalyzer()));
        var committed = new Dictionary<string, string>(writer.CommitData); // the sequence and the layout the server checks
        writer.ForceMerge(1);
        writer.SetCommitData(committed);
        writer.Commit();
    }
}
