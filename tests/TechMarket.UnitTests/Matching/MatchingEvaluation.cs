using System.Text.Json;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Matching;

/// <summary>
/// Runs the labelled evaluation set (evaluation-set.json: 40 needs, 64 achievements, eight fields, graded judgements)
/// through the live matching code — the same index layout, SmartCn analyser, candidate retrieval and scoring — and
/// measures nDCG@10 (gains 2^grade − 1) and recall@10 (achievements graded 2 or 3), averaged over the needs.
/// </summary>
public static class MatchingEvaluation
{
    public sealed record Result(double Ndcg10, double Recall10, IReadOnlyDictionary<string, double> NdcgByNeed);

    private sealed record Set(List<EvalAchievement> Achievements, List<EvalNeed> Needs);

    private sealed record EvalAchievement(string Id, string Field, int Trl, decimal? AskingPrice, bool UseFirstPayLater, string Title, string Summary);

    private sealed record EvalNeed(string Id, string Field, decimal BudgetMax, int MonthsToDelivery, string Title, string Summary, Dictionary<string, int> Judgements);

    private static readonly DateOnly Today = new(2026, 11, 1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Result Run(MatchWeights? weights = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Matching", "evaluation-set.json");
        var set = JsonSerializer.Deserialize<Set>(File.ReadAllText(path), Json)!;
        using var index = SearchIndex.InMemory();
        var ids = set.Achievements.ToDictionary(a => StableId(a.Id), a => a.Id); // stable, so ties break the same way every run
        index.Apply(ids.Select(pair =>
        {
            var a = set.Achievements.Single(x => x.Id == pair.Value);
            var document = new SearchDocument(SearchKind.Achievement, pair.Key, StableId("org" + a.Id), $"院校{a.Id}", OrganisationKind.University, a.Title, a.Summary,
                [a.Field], "330205", a.Trl, null, a.AskingPrice, a.UseFirstPayLater, null, DateTimeOffset.UnixEpoch);
            return new SearchChange(SearchKind.Achievement, pair.Key, document);
        }).ToList(), 1);

        var ndcg = new Dictionary<string, double>();
        var recalls = new List<double>();
        foreach (var need in set.Needs)
        {
            var text = $"{need.Title}\n{need.Summary}";
            var want = new Want(TextTerms.Of(index.Analyzer, text), [need.Field], need.BudgetMax,
                MatchScoring.DesiredTrl(Today.AddMonths(need.MonthsToDelivery), Today), "330211");
            var top = MatchFinder.RankOffers(index, text, want, pool: 1000, weights).Take(10).Select(c => ids[c.Document.Id]).ToList();
            ndcg[need.Id] = Ndcg(top, need.Judgements);
            var relevant = need.Judgements.Where(j => j.Value >= 2).Select(j => j.Key).ToList();
            recalls.Add(relevant.Count == 0 ? 1 : relevant.Count(top.Contains) / (double)relevant.Count);
        }

        return new Result(ndcg.Values.Average(), recalls.Average(), ndcg);
    }

    private static Guid StableId(string key) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    private static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        static double Gain(int grade, int position) => (Math.Pow(2, grade) - 1) / Math.Log2(position + 2);
        var dcg = ranked.Select((id, i) => Gain(grades.GetValueOrDefault(id), i)).Sum();
        var ideal = grades.Values.OrderByDescending(g => g).Take(10).Select((g, i) => Gain(g, i)).Sum();
        return ideal == 0 ? 1 : dcg / ideal;
    }
}
