using System.Text.Json;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Matching;

/// <summary>
/// Runs the labelled evaluation set (evaluation-set.json: 40 needs, 64 achievements, eight fields, graded judgements)
/// through the live matching code — the same index layout, SmartCn analyser, candidate retrieval and scoring — both
/// ways: the achievements ranked for each need (a need accepted, a challenge published), and the needs ranked for each
/// judged achievement (an achievement published). Measures nDCG@10 (gains 2^grade − 1) and recall@10 (items graded 2
/// or 3), averaged over the subjects.
/// </summary>
public static class MatchingEvaluation
{
    public sealed record Result(double Ndcg10, double Recall10, IReadOnlyDictionary<string, double> NdcgBySubject);

    private sealed record Set(List<EvalAchievement> Achievements, List<EvalNeed> Needs);

    private sealed record EvalAchievement(string Id, string Field, int Trl, decimal? AskingPrice, bool UseFirstPayLater, string Title, string Summary);

    private sealed record EvalNeed(string Id, string Field, decimal BudgetMax, int MonthsToDelivery, string Title, string Summary, Dictionary<string, int> Judgements);

    private static readonly DateOnly Today = new(2026, 11, 1);
    private const string NeedDistrict = "330211";
    private const string UniversityDistrict = "330205";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Set> Loaded = new(() =>
        JsonSerializer.Deserialize<Set>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Matching", "evaluation-set.json")), Json)!);

    /// <summary>For each need, every achievement ranked.</summary>
    public static Result NeedsToAchievements(MatchWeights? weights = null)
    {
        var set = Loaded.Value;
        using var index = SearchIndex.InMemory();
        var ids = Fill(index, set.Achievements, a => a.Id, a => new SearchDocument(
            SearchKind.Achievement, StableId(a.Id), StableId("org" + a.Id), $"院校{a.Id}", OrganisationKind.University, a.Title, a.Summary,
            [a.Field], UniversityDistrict, a.Trl, null, a.AskingPrice, a.UseFirstPayLater, null, DateTimeOffset.UnixEpoch));

        return Measure(set.Needs.Select(need =>
        {
            var text = $"{need.Title}\n{need.Summary}";
            var want = new Want(TextTerms.Of(index.Analyzer, text), [need.Field], need.BudgetMax,
                MatchScoring.DesiredTrl(Today.AddMonths(need.MonthsToDelivery), Today), NeedDistrict);
            var top = MatchFinder.RankOffers(index, text, want, pool: 1000, weights).Take(10).Select(c => ids[c.Document.Id]).ToList();
            return (need.Id, top, (IReadOnlyDictionary<string, int>)need.Judgements);
        }));
    }

    /// <summary>For each achievement some need was judged against, every need ranked (the judgements read the other way).</summary>
    public static Result AchievementsToNeeds(MatchWeights? weights = null)
    {
        var set = Loaded.Value;
        using var index = SearchIndex.InMemory();
        var ids = Fill(index, set.Needs, n => n.Id, n => new SearchDocument(
            SearchKind.Need, StableId(n.Id), StableId("org" + n.Id), $"企业{n.Id}", OrganisationKind.Enterprise, n.Title, n.Summary,
            [n.Field], NeedDistrict, null, null, n.BudgetMax, false, Today.AddMonths(n.MonthsToDelivery), DateTimeOffset.UnixEpoch));
        var judged = set.Needs
            .SelectMany(n => n.Judgements.Select(j => (Achievement: j.Key, Need: n.Id, Grade: j.Value)))
            .GroupBy(j => j.Achievement)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(j => j.Need, j => j.Grade));

        return Measure(set.Achievements.Where(a => judged.ContainsKey(a.Id)).Select(a =>
        {
            var text = $"{a.Title}\n{a.Summary}";
            var offer = new Offer(OfferKind.Achievement, TextTerms.Of(index.Analyzer, text), [a.Field], a.Trl, a.AskingPrice, a.UseFirstPayLater, UniversityDistrict);
            var top = MatchFinder.RankNeeds(index, text, offer, Today, pool: 1000, weights).Take(10).Select(c => ids[c.Document.Id]).ToList();
            return (a.Id, top, judged[a.Id]);
        }));
    }

    private static Dictionary<Guid, string> Fill<T>(SearchIndex index, IEnumerable<T> items, Func<T, string> key, Func<T, SearchDocument> document)
    {
        var documents = items.Select(i => (Key: key(i), Document: document(i))).ToList();
        index.Apply(documents.Select(d => new SearchChange(d.Document.Kind, d.Document.Id, d.Document)).ToList(), 1);
        return documents.ToDictionary(d => d.Document.Id, d => d.Key); // stable ids, so ties break the same way every run
    }

    private static Result Measure(IEnumerable<(string Subject, List<string> Top, IReadOnlyDictionary<string, int> Grades)> rankings)
    {
        var ndcg = new Dictionary<string, double>();
        var recalls = new List<double>();
        foreach (var (subject, top, grades) in rankings)
        {
            ndcg[subject] = Ndcg(top, grades);
            var relevant = grades.Where(j => j.Value >= 2).Select(j => j.Key).ToList();
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
