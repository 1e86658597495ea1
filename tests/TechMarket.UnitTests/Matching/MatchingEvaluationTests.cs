using TechMarket.Server.Modules.Matching;
using Xunit.Abstractions;

namespace TechMarket.UnitTests.Matching;

/// <summary>The matching quality on the labelled evaluation set may not fall below its floor (docs/PERFORMANCE.md
/// has the figures and what changed them).</summary>
public class MatchingEvaluationTests(ITestOutputHelper output)
{
    public const double NdcgFloor = 0.93;
    public const double RecallFloor = 0.95;

    [Fact]
    public void Matching_ranks_the_labelled_achievements_for_each_need_above_the_floor()
    {
        var result = MatchingEvaluation.Run();
        output.WriteLine($"matching_ndcg10: {result.Ndcg10:0.000}  recall@10: {result.Recall10:0.000}");
        foreach (var (need, ndcg) in result.NdcgByNeed.Where(n => n.Value < 0.8))
        {
            output.WriteLine($"  {need}: {ndcg:0.000}");
        }

        result.Ndcg10.ShouldBeGreaterThanOrEqualTo(NdcgFloor);
        result.Recall10.ShouldBeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Structure_adds_to_text_relevance_alone()
    {
        var textOnly = MatchingEvaluation.Run(new MatchWeights(Text: 1, Field: 0, Trl: 0, Price: 0, District: 0, Trial: 0));
        var combined = MatchingEvaluation.Run();
        output.WriteLine($"text only: ndcg@10 {textOnly.Ndcg10:0.000}, recall@10 {textOnly.Recall10:0.000}; combined: {combined.Ndcg10:0.000}, {combined.Recall10:0.000}");

        combined.Ndcg10.ShouldBeGreaterThan(textOnly.Ndcg10);
    }
}
