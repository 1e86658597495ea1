namespace TechMarket.Server.Modules.Matching;

/// <summary>The weights of the parts of a score; they sum to 1, so a score is 0–1. Tuned on the evaluation set
/// (docs/PERFORMANCE.md, "Matching quality").</summary>
public sealed record MatchWeights(double Text, double Field, double Trl, double Price, double District, double Trial)
{
    public static readonly MatchWeights Default = new(Text: 0.60, Field: 0.22, Trl: 0.08, Price: 0.06, District: 0.02, Trial: 0.02);
}
