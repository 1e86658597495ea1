using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// How much of each winner's funding has been released. Stage 1 is released at the award; passing the gate of
/// stage k with Continue releases stage k + 1. An eliminated team keeps what it was released before the gate
/// that eliminated it. Cumulative shares are rounded to the cent, so the final stage releases exactly the rest.
/// </summary>
public static class StageFunding
{
    /// <param name="gates">The challenge's StageGateReviewed events, in any order: the state keeps only who is out,
    /// not at which gate, and the released amount depends on that.</param>
    public static IReadOnlyDictionary<Guid, decimal> Released(Challenge challenge, IEnumerable<StageGateReviewed> gates)
    {
        var ordered = gates.Where(g => g.ChallengeId == challenge.Id).OrderBy(g => g.Stage).ToList();
        var stages = challenge.Terms.Stages;
        var released = new Dictionary<Guid, decimal>();
        foreach (var winner in challenge.Results.Where(r => r.Won))
        {
            var reached = stages.Count == 0 ? 0 : 1 + ordered.TakeWhile(g => Continued(g, winner.BidId)).Count();
            released[winner.BidId] = ReleasedUpTo(winner.Funding, stages, Math.Min(reached, stages.Count));
        }

        return released;
    }

    /// <summary>The funding released once <paramref name="stagesReached"/> stages have started; all of it with no stages.</summary>
    public static decimal ReleasedUpTo(decimal funding, IReadOnlyList<FundingStage> stages, int stagesReached)
    {
        if (stages.Count == 0)
        {
            return funding;
        }

        var percent = stages.Take(stagesReached).Sum(s => s.SharePercent);
        return Ranking.ForDisplay(funding * percent / 100m);
    }

    private static bool Continued(StageGateReviewed gate, Guid bidId) =>
        gate.Decisions.Any(d => d.BidId == bidId && d.Outcome == StageOutcome.Continue);
}
