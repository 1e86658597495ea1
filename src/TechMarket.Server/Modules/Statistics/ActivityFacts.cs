using Marten;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>What else the report counts in a region and period, beyond the cube: 揭榜挂帅 (collection rounds, lists and
/// challenges), 创新券, 先用后转, brokers, needs.</summary>
public sealed record ActivityFacts(
    int ChallengesPublished, decimal BountyPublished, int ChallengesAwarded,
    decimal VoucherAmount, int VoucherEnterpriseTimes,
    int TrialConversions,
    int BrokeredContracts, decimal BrokeredTechnologyAmount,
    int NeedsCollected, int NeedsFromEnterprises,
    int RoundsOpened = 0, int ListsPublished = 0, int ListedChallenges = 0)
{
    public static readonly ActivityFacts None = new(0, 0m, 0, 0m, 0, 0, 0, 0m, 0, 0);

    /// <param name="bureaus">The bureaus whose rounds and lists the region counts (<see cref="RoundListQueries.BureausOf"/>).</param>
    /// <remarks>Every figure is computed by the function its drill-down answers with (<see cref="ActivityListQueries"/>,
    /// <see cref="RoundListQueries"/>, the ledger), so a figure is its list's length or the sum of its amount column.</remarks>
    public static async Task<ActivityFacts> LoadAsync(
        IQuerySession session, StatisticsRead read, IReadOnlyList<string> bureaus, DateOnly today, CancellationToken ct)
    {
        var (districts, period) = (read.Scope.Codes, read.Period);
        var challenges = await ActivityListQueries.ChallengesAsync(session, districts, period, ct);
        var published = ActivityLists.Challenges(challenges, districts, period, ChallengeMilestone.Published);
        var awarded = ActivityLists.Challenges(challenges, districts, period, ChallengeMilestone.Awarded);
        var redemptions = await ActivityListQueries.RedemptionsAsync(session, districts, period, ct);
        var conversions = await ActivityListQueries.ConversionsAsync(session, districts, period, ct);
        // Brokered deals are the ledger's brokered registrations on the report's side (output or absorbed).
        var brokered = await CubeQueries.LedgerAsync(session, read, new DrillDownQuery(Measure.TechnologyAmount, Brokered: true), ct);
        var needs = await ActivityListQueries.NeedsAsync(session, districts, period, ct);
        var rounds = await RoundListQueries.RoundsAsync(session, bureaus, period, today, ct);
        var lists = await RoundListQueries.ListsAsync(session, bureaus, period, ct);
        return new ActivityFacts(
            published.Count, published.Sum(c => c.Bounty), awarded.Count,
            redemptions.Sum(r => r.Amount), ActivityLists.EnterpriseTimes(redemptions),
            conversions.Count,
            brokered.Count, brokered.Sum,
            needs.Count, needs.Count(n => n.FromEnterprise),
            rounds.Count, lists.Count, lists.Sum(l => l.Challenges));
    }
}
