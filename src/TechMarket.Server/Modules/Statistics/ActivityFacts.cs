using Marten;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

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
    public static async Task<ActivityFacts> LoadAsync(
        IQuerySession session, IReadOnlyList<string> districts, IReadOnlyList<string> bureaus, StatPeriod period, DateOnly today, CancellationToken ct)
    {
        var codes = districts.ToArray();
        var china = TimeSpan.FromHours(8);
        var (fromDay, toDay) = (period.From, period.To);
        // The same instants in UTC: PublishedAt is a timestamptz column (ChallengesModule), and Npgsql writes only
        // offset-zero DateTimeOffsets to one.
        var from = new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), china).ToUniversalTime();
        var to = new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), china).ToUniversalTime();

        var challenges = await session.Query<ChallengeDetails>()
            .Where(c => c.District.IsOneOf(codes) && ((c.PublishedAt >= from && c.PublishedAt < to) || (c.AwardedAt >= from && c.AwardedAt < to))).ToListAsync(ct);
        var published = challenges.Where(c => c.PublishedAt >= from && c.PublishedAt < to).ToList();
        var redemptions = await session.Query<VoucherRedemption>()
            .Where(r => r.District.IsOneOf(codes) && r.RedeemedOn >= fromDay && r.RedeemedOn <= toDay).ToListAsync(ct);
        var conversions = await session.Query<TrialDetails>()
            .Where(t => t.Status == TrialStatus.Converted && t.UpdatedAt >= from && t.UpdatedAt < to).ToListAsync(ct);
        var brokered = await session.Query<TransactionLine>()
            .Where(l => l.Kind == TransactionLineKind.Registration && l.Brokered && l.SellerDistrict.IsOneOf(codes) && l.Day >= fromDay && l.Day <= toDay).ToListAsync(ct);
        // Needs submitted in the period, in a round or not. Institutes and hospitals post needs too; a need from before
        // the poster's kind was recorded came from an enterprise (only enterprises could post then).
        var submitted = session.Query<NeedDetails>().Where(n => n.District.IsOneOf(codes) && n.SubmittedAt >= from && n.SubmittedAt < to);
        var needs = await submitted.CountAsync(ct);
        var fromEnterprises = await submitted.CountAsync(n => n.PosterKind == null || n.PosterKind == OrganisationKind.Enterprise, ct);
        // The same lists the report's drill-downs open, so each figure is its list's length.
        var rounds = await RoundListQueries.RoundsAsync(session, bureaus, period, today, ct);
        var lists = await RoundListQueries.ListsAsync(session, bureaus, period, ct);
        return new ActivityFacts(
            published.Count, published.Sum(c => c.Bounty), challenges.Count(c => c.AwardedAt >= from && c.AwardedAt < to),
            redemptions.Sum(r => r.Amount), redemptions.Select(r => (r.HolderId, r.ContractId)).Distinct().Count(),
            conversions.Count(t => codes.Contains(t.Seller.District) || codes.Contains(t.Buyer.District)),
            brokered.Count, brokered.Sum(l => l.TechnologyAmount),
            needs, fromEnterprises,
            rounds.Count, lists.Count, lists.Sum(l => l.Challenges));
    }
}
