using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>Which day of a challenge the report counts it on: 发布 (published) or 完成揭榜 (awarded).</summary>
public enum ChallengeMilestone
{
    Published,
    Awarded,
}

/// <summary>A challenge the report counts: its district, title, bounty and the days it was published and awarded.</summary>
public sealed record ChallengeRow(Guid Id, string District, string Title, decimal Bounty, DateOnly? PublishedOn, DateOnly? AwardedOn);

/// <summary>One 创新券 redemption: the holder (the enterprise), the contract and milestone it paid, the amount and day.</summary>
public sealed record VoucherRow(
    Guid Id, Guid VoucherId, Guid HolderId, string HolderName, string District, Guid ContractId, string ContractTitle, int Milestone,
    string SellerName, decimal Amount, DateOnly RedeemedOn);

/// <summary>A need submitted in the period: its poster and the poster's kind (企业 or not), its round and field.</summary>
public sealed record NeedRow(
    Guid Id, string District, string Title, string Field, Guid PosterId, string Poster, OrganisationKind PosterKind, bool FromEnterprise,
    Guid? RoundId, string? RoundName, DateOnly SubmittedOn);

/// <summary>A 先用后转 trial converted into a purchase: the achievement, both parties, the day and the contract it drafted.</summary>
public sealed record TrialConversionRow(
    Guid Id, Guid AchievementId, string AchievementTitle, string Seller, string SellerDistrict, string Buyer, string BuyerDistrict,
    DateOnly ConvertedOn, Guid? ContractId);

/// <summary>
/// Which challenges, redemptions, needs and trials a report counts in a region and period — pure functions over the
/// documents, shared by the report's figures (<see cref="ActivityFacts"/>) and the drill-downs that open them, so a
/// figure is always its list's length or the sum of its amount column. Days are China-time days.
/// </summary>
public static class ActivityLists
{
    /// <summary>A need from before the poster's kind was recorded came from an enterprise (only enterprises could post then).</summary>
    public static OrganisationKind KindOf(NeedDetails need) => need.PosterKind ?? OrganisationKind.Enterprise;

    /// <summary>Challenges of the districts whose published (or awarded) day is in the period, oldest first.</summary>
    public static IReadOnlyList<ChallengeRow> Challenges(IEnumerable<ChallengeDetails> challenges, IReadOnlyCollection<string> districts, StatPeriod period, ChallengeMilestone milestone) =>
    [
        .. challenges
            .Select(c => (c, Row: new ChallengeRow(c.Id, c.District, c.Terms.Title, c.Bounty, c.PublishedAt?.DateInChina(), c.AwardedAt?.DateInChina())))
            .Where(x => districts.Contains(x.c.District) && (milestone == ChallengeMilestone.Published ? x.Row.PublishedOn : x.Row.AwardedOn) is { } day && period.Contains(day))
            .Select(x => x.Row)
            .OrderBy(r => milestone == ChallengeMilestone.Published ? r.PublishedOn : r.AwardedOn).ThenBy(r => r.Id),
    ];

    /// <summary>Redemptions by holders of the districts on a day of the period, oldest first.</summary>
    public static IReadOnlyList<VoucherRow> Redemptions(IEnumerable<VoucherRedemption> redemptions, IReadOnlyCollection<string> districts, StatPeriod period) =>
    [
        .. redemptions.Where(r => districts.Contains(r.District) && period.Contains(r.RedeemedOn))
            .OrderBy(r => r.RedeemedOn).ThenBy(r => r.Id)
            .Select(r => new VoucherRow(r.Id, r.VoucherId, r.HolderId, r.HolderName, r.District, r.ContractId, r.ContractTitle, r.Milestone, r.SellerName, r.Amount, r.RedeemedOn)),
    ];

    /// <summary>惠及企业N家次: an enterprise counts once per contract its vouchers paid, however many milestones.</summary>
    public static int EnterpriseTimes(IEnumerable<VoucherRow> redemptions) => redemptions.Select(r => (r.HolderId, r.ContractId)).Distinct().Count();

    /// <summary>Needs of the districts submitted on a day of the period (in a round or not), oldest first.</summary>
    public static IReadOnlyList<NeedRow> Needs(IEnumerable<NeedDetails> needs, IReadOnlyCollection<string> districts, StatPeriod period, IReadOnlyDictionary<Guid, string> roundNames) =>
    [
        .. needs.Where(n => districts.Contains(n.District) && n.SubmittedAt is { } at && period.Contains(at.DateInChina()))
            .OrderBy(n => n.SubmittedAt).ThenBy(n => n.Id)
            .Select(n => new NeedRow(
                n.Id, n.District, n.Title, n.Field, n.OrganisationId, n.OrganisationName, KindOf(n), KindOf(n) == OrganisationKind.Enterprise,
                n.RoundId, n.RoundId is { } round && roundNames.TryGetValue(round, out var name) ? name : null, n.SubmittedAt!.Value.DateInChina())),
    ];

    /// <summary>Trials converted on a day of the period where the seller or the buyer is of the districts, oldest first.</summary>
    public static IReadOnlyList<TrialConversionRow> Conversions(IEnumerable<TrialDetails> trials, IReadOnlyCollection<string> districts, StatPeriod period) =>
    [
        .. trials.Where(t => t.Status == TrialStatus.Converted && period.Contains(t.UpdatedAt.DateInChina())
                && (districts.Contains(t.Seller.District) || districts.Contains(t.Buyer.District)))
            .OrderBy(t => t.UpdatedAt).ThenBy(t => t.Id)
            .Select(t => new TrialConversionRow(
                t.Id, t.AchievementId, t.AchievementTitle, t.Seller.Name, t.Seller.District, t.Buyer.Name, t.Buyer.District, t.UpdatedAt.DateInChina(), t.ContractId)),
    ];
}
