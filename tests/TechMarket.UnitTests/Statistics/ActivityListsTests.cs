using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

/// <summary>
/// What the report's challenge, voucher, needs and 先用后转 figures count — the same functions their drill-downs list
/// with: the region's districts, the period's China-time days (an instant just after New Year's midnight in China
/// belongs to the new year), and each figure's own rule (家次, the poster's kind, converted trials on either side).
/// </summary>
public class ActivityListsTests
{
    private const string Zhenhai = "330211", Haishu = "330203";
    private static readonly string[] Districts = [Zhenhai];
    private static readonly StatPeriod Year2026 = StatPeriod.Year(2026);

    /// <summary>An instant by its China-time wall clock.</summary>
    private static DateTimeOffset China(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static ChallengeDetails Challenge(string district, decimal bounty, DateTimeOffset? published, DateTimeOffset? awarded = null) =>
        new() { Id = Guid.NewGuid(), District = district, Terms = Given.Terms(), Bounty = bounty, PublishedAt = published, AwardedAt = awarded };

    [Fact]
    public void Challenges_count_on_their_publication_or_award_day_in_china_in_the_regions_districts()
    {
        var challenges = new[]
        {
            Challenge(Zhenhai, 800_000m, China(2026, 3, 1), China(2026, 6, 1)),
            Challenge(Zhenhai, 500_000m, China(2025, 12, 20), China(2026, 2, 1)),  // published last year, awarded this year
            Challenge(Zhenhai, 300_000m, China(2026, 12, 31, 23)),                  // 23:00 on New Year's Eve in China: this year
            Challenge(Zhenhai, 900_000m, China(2027, 1, 1, 0).AddMinutes(30)),       // 16:30 UTC on 31 December: next year in China
            Challenge(Haishu, 700_000m, China(2026, 5, 1)),                         // another district
        };

        var published = ActivityLists.Challenges(challenges, Districts, Year2026, ChallengeMilestone.Published);
        var awarded = ActivityLists.Challenges(challenges, Districts, Year2026, ChallengeMilestone.Awarded);

        published.Select(c => c.Bounty).ShouldBe([800_000m, 300_000m]);
        published[1].PublishedOn.ShouldBe(new DateOnly(2026, 12, 31));
        awarded.Select(c => c.Bounty).ShouldBe([500_000m, 800_000m]);
        ActivityLists.Challenges(challenges, Districts, StatPeriod.Year(2027), ChallengeMilestone.Published).ShouldHaveSingleItem().Bounty.ShouldBe(900_000m);
    }

    private static VoucherRedemption Redemption(string district, Guid holder, Guid contract, int milestone, decimal amount, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), VoucherId = Guid.NewGuid(), HolderId = holder, HolderName = "宁波港智能装备有限公司", District = district, ContractId = contract,
        ContractTitle = "堆场调度算法开发", Milestone = milestone, SellerName = "宁波大学", Amount = amount, RedeemedOn = on,
    };

    [Fact]
    public void Voucher_redemptions_sum_their_amounts_and_an_enterprise_counts_once_per_contract()
    {
        var (holder, other, contract, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var rows = ActivityLists.Redemptions(
        [
            Redemption(Zhenhai, holder, contract, 1, 30_000m, new DateOnly(2026, 3, 1)),
            Redemption(Zhenhai, holder, contract, 2, 20_000m, new DateOnly(2026, 9, 1)),   // same contract: the same 家次
            Redemption(Zhenhai, holder, second, 1, 12_500.5m, new DateOnly(2026, 1, 1)),   // another contract: one more
            Redemption(Zhenhai, other, contract, 1, 10_000m, new DateOnly(2026, 12, 31)),  // another enterprise: one more
            Redemption(Zhenhai, holder, contract, 3, 99_999m, new DateOnly(2027, 1, 1)),   // next year
            Redemption(Haishu, other, second, 1, 88_888m, new DateOnly(2026, 5, 1)),       // another district
        ], Districts, Year2026);

        rows.Sum(r => r.Amount).ShouldBe(72_500.5m);
        rows.Select(r => r.RedeemedOn).ShouldBeInOrder();
        ActivityLists.EnterpriseTimes(rows).ShouldBe(3);
    }

    private static NeedDetails Need(string district, OrganisationKind? kind, DateTimeOffset? submitted, Guid? round = null) => new()
    {
        Id = Guid.NewGuid(), District = district, Title = "需求", Field = "0101", OrganisationId = Guid.NewGuid(), OrganisationName = "某单位",
        PosterKind = kind, SubmittedAt = submitted, RoundId = round,
    };

    [Fact]
    public void Needs_count_on_their_submission_day_and_a_poster_of_unknown_kind_is_an_enterprise()
    {
        var round = Guid.NewGuid();
        var rows = ActivityLists.Needs(
        [
            Need(Zhenhai, OrganisationKind.Enterprise, China(2026, 4, 1), round),
            Need(Zhenhai, null, China(2026, 2, 1)),                              // posted before kinds were recorded
            Need(Zhenhai, OrganisationKind.Hospital, China(2026, 6, 1), round),
            Need(Zhenhai, OrganisationKind.Enterprise, null),                    // a draft: never submitted
            Need(Zhenhai, OrganisationKind.Enterprise, China(2027, 1, 1, 0)),    // midnight in China: next year
            Need(Haishu, OrganisationKind.Enterprise, China(2026, 4, 1)),
        ], Districts, Year2026, new Dictionary<Guid, string> { [round] = "2026年镇海区技术需求征集" });

        rows.Count.ShouldBe(3);
        rows.Count(r => r.FromEnterprise).ShouldBe(2);
        rows.Select(r => (r.PosterKind, r.RoundName)).ShouldBe(
            [(OrganisationKind.Enterprise, null), (OrganisationKind.Enterprise, "2026年镇海区技术需求征集"), (OrganisationKind.Hospital, "2026年镇海区技术需求征集")]);
    }

    private static TrialDetails Trial(TrialStatus status, string seller, string buyer, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), AchievementTitle = "缺陷视觉检测", Seller = new DealParty(Guid.NewGuid(), "宁波大学", seller),
        Buyer = new DealParty(Guid.NewGuid(), "慈溪某企业", buyer), Status = status, UpdatedAt = at,
    };

    [Fact]
    public void Conversions_count_converted_trials_where_either_party_is_of_the_region()
    {
        var rows = ActivityLists.Conversions(
        [
            Trial(TrialStatus.Converted, Zhenhai, Haishu, China(2026, 5, 1)),
            Trial(TrialStatus.Converted, Haishu, Zhenhai, China(2026, 7, 1)),
            Trial(TrialStatus.Declined, Zhenhai, Zhenhai, China(2026, 7, 1)),
            Trial(TrialStatus.Active, Zhenhai, Zhenhai, China(2026, 7, 1)),
            Trial(TrialStatus.Converted, Haishu, Haishu, China(2026, 7, 1)),
            Trial(TrialStatus.Converted, Zhenhai, Zhenhai, China(2025, 12, 31, 23)),
        ], Districts, Year2026);

        rows.Select(r => (r.SellerDistrict, r.BuyerDistrict, r.ConvertedOn)).ShouldBe(
            [(Zhenhai, Haishu, new DateOnly(2026, 5, 1)), (Haishu, Zhenhai, new DateOnly(2026, 7, 1))]);
    }

    [Fact]
    public void Every_activity_figure_links_to_its_statistics_list_and_derived_figures_to_their_inputs()
    {
        const string range = "region=330211&from=2026-01-01&to=2026-12-31&direction=Output";
        var facts = new ReportFacts("镇海区", Year2026, CubeMeasures.Zero with { TechnologyAmount = 1_800_000_000m }, CubeMeasures.Zero with { TechnologyAmount = 1_000_000_000m },
            null, null, 0, [], 11m, 180_000_000_000m, (m, _) => $"/api/statistics/ledger?{range}&measure={m}", "rankings",
            new ActivityFacts(23, 123_450_000m, 5, 14_312_000m, 630, 2, 3, 4_560_000m, 83, 68), Range: range);

        var links = ReportWriter.Write(facts).SelectMany(s => s.Figures).ToDictionary(f => f.Key, f => f.DrillDown);

        links["challengesPublished"].ShouldBe($"/api/statistics/challenges?{range}&milestone=Published");
        links["bounty"].ShouldBe(links["challengesPublished"]);
        links["challengesAwarded"].ShouldBe($"/api/statistics/challenges?{range}&milestone=Awarded");
        links["voucherAmount"].ShouldBe($"/api/statistics/vouchers?{range}");
        links["voucherEnterprises"].ShouldBe(links["voucherAmount"]);
        links["trialConversions"].ShouldBe($"/api/statistics/trials?{range}");
        links["brokeredContracts"].ShouldBe($"/api/statistics/ledger?{range}&measure=ContractAmount&brokered=true");
        links["needsCollected"].ShouldBe($"/api/statistics/needs?{range}");
        links["needsFromEnterprises"].ShouldBe(links["needsCollected"]);
        links["gdpShare"].ShouldBe($"/api/statistics/reference-figures?{range}");
        links["pointsAboveInvestment"].ShouldBe(links["gdpShare"]);
        links.Values.ShouldAllBe(l => l != null);
    }
}
