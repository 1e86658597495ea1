using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The lists behind the report's challenge, voucher, needs and 先用后转 figures, as spreadsheets.</summary>
public sealed partial class StatisticsTables
{
    public Table Challenges(ChallengesCountedAnswer answer) => new(
        $"{(answer.Milestone == ChallengeMilestone.Published ? "发布榜单项目" : "完成揭榜项目")}-{answer.Period}",
        ["地区", "项目名称", "榜额(元)", "发布日期", "揭榜日期"],
        [
            .. answer.Challenges.Select(c => (IReadOnlyList<object?>)
            [
                regions.NameOf(c.District), ClaimStatement.Text(c.Title), c.Bounty, c.PublishedOn?.ToString("yyyy-MM-dd"), c.AwardedOn?.ToString("yyyy-MM-dd"),
            ]),
        ]);

    public Table Vouchers(VoucherRedemptionsAnswer answer) => new(
        $"创新券使用-{answer.Period}",
        ["使用日期", "用券企业", "所在地区", "技术合同", "里程碑", "服务机构", "用券金额(元)"],
        [
            .. answer.Redemptions.Select(r => (IReadOnlyList<object?>)
            [
                r.RedeemedOn.ToString("yyyy-MM-dd"), ClaimStatement.Text(r.HolderName), regions.NameOf(r.District), ClaimStatement.Text(r.ContractTitle), r.Milestone,
                ClaimStatement.Text(r.SellerName), r.Amount,
            ]),
        ]);

    public Table Needs(NeedsCollectedAnswer answer) => new(
        $"征集技术需求-{answer.Period}",
        ["报送日期", "需求名称", "技术领域", "发布单位", "单位类型", "所在地区", "征集批次"],
        [
            .. answer.Needs.Select(n => (IReadOnlyList<object?>)
            [
                n.SubmittedOn.ToString("yyyy-MM-dd"), ClaimStatement.Text(n.Title), FieldName(n.Field), ClaimStatement.Text(n.Poster), KindName(n.PosterKind),
                regions.NameOf(n.District), n.RoundName is { } round ? ClaimStatement.Text(round) : null,
            ]),
        ]);

    public Table Trials(TrialConversionsAnswer answer) => new(
        $"先用后转-{answer.Period}",
        ["转化日期", "科技成果", "成果方", "成果方地区", "试用方", "试用方地区"],
        [
            .. answer.Conversions.Select(t => (IReadOnlyList<object?>)
            [
                t.ConvertedOn.ToString("yyyy-MM-dd"), ClaimStatement.Text(t.AchievementTitle), ClaimStatement.Text(t.Seller), regions.NameOf(t.SellerDistrict),
                ClaimStatement.Text(t.Buyer), regions.NameOf(t.BuyerDistrict),
            ]),
        ]);

    public static string KindName(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Enterprise => "企业",
        OrganisationKind.University => "高校",
        OrganisationKind.Institute => "科研院所",
        _ => "医院",
    };
}
