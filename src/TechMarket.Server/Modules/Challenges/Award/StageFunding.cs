namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// How much of each winner's funding has been released. Stage 1 is released at the award; passing the gate of
/// stage k with Continue releases stage k + 1. An eliminated team keeps what it was released before the gate
/// that eliminated it. Cumulative shares are rounded to the cent, so the final stage releases exactly the rest.
/// </summary>
public static class StageFunding
{
    /// <summary>A winner's funding released once it passed <paramref name="gatesPassed"/> gates; all of it with no stages.</summary>
    public static decimal Released(decimal funding, IReadOnlyList<FundingStage> stages, int gatesPassed) =>
        ReleasedUpTo(funding, stages, stages.Count == 0 ? 0 : Math.Min(1 + gatesPassed, stages.Count));

    /// <summary>The funding released once <paramref name="stagesReached"/> stages have started; all of it with no stages.</summary>
    public static decimal ReleasedUpTo(decimal funding, IReadOnlyList<FundingStage> stages, int stagesReached)
    {
        if (stages.Count == 0)
        {
            return funding;
        }

        var percent = stages.Take(stagesReached).Sum(s => s.SharePercent);
        return Review.Ranking.ForDisplay(funding * percent / 100m);
    }
}
