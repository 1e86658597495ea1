using TechMarket.Server.Modules.Matching;
using Xunit.Abstractions;

namespace TechMarket.UnitTests.Matching;

/// <summary>The matching quality on the labelled evaluation set may not fall below its floor, either way round
/// (docs/PERFORMANCE.md has the figures and what changed them).</summary>
public class MatchingEvaluationTests(ITestOutputHelper output)
{
    public const double NdcgFloor = 0.93;
    public const double RecallFloor = 0.95;
    public const double ReverseNdcgFloor = 0.90;
    public const double ReverseRecallFloor = 0.95;

    [Fact]
    public void Matching_ranks_the_labelled_achievements_for_each_need_above_the_floor()
    {
        var result = MatchingEvaluation.NeedsToAchievements();
        Report("needs → achievements", result);

        result.Ndcg10.ShouldBeGreaterThanOrEqualTo(NdcgFloor);
        result.Recall10.ShouldBeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Matching_ranks_the_labelled_needs_for_each_achievement_above_the_floor()
    {
        var result = MatchingEvaluation.AchievementsToNeeds();
        Report("achievements → needs", result);

        result.Ndcg10.ShouldBeGreaterThanOrEqualTo(ReverseNdcgFloor);
        result.Recall10.ShouldBeGreaterThanOrEqualTo(ReverseRecallFloor);
    }

    [Fact]
    public void Structure_adds_to_text_relevance_alone()
    {
        var textOnly = new MatchWeights(Text: 1, Field: 0, Trl: 0, Price: 0, District: 0, Trial: 0);
        foreach (var (direction, run) in new (string, Func<MatchWeights?, MatchingEvaluation.Result>)[]
                 {
                     ("needs → achievements", w => MatchingEvaluation.NeedsToAchievements(w)),
                     ("achievements → needs", w => MatchingEvaluation.AchievementsToNeeds(w)),
                 })
        {
            var alone = run(textOnly);
            var combined = run(null);
            output.WriteLine($"{direction}: text only ndcg@10 {alone.Ndcg10:0.000}, recall@10 {alone.Recall10:0.000}; combined {combined.Ndcg10:0.000}, {combined.Recall10:0.000}");

            combined.Ndcg10.ShouldBeGreaterThan(alone.Ndcg10, direction);
        }
    }

    private void Report(string direction, MatchingEvaluation.Result result)
    {
        output.WriteLine($"{direction}: matching_ndcg10: {result.Ndcg10:0.000}  recall@10: {result.Recall10:0.000}");
        foreach (var (subject, ndcg) in result.NdcgBySubject.Where(n => n.Value < 0.8))
        {
            output.WriteLine($"  {subject}: {ndcg:0.000}");
        }
    }
}
