using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Rounds;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A table as a spreadsheet sees it: Chinese headers and rows of cells (text a spreadsheet would run as a
/// formula is quoted, as in the broker claim statements).</summary>
public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Every statistics table with its Chinese headers: the cube slice, the ledger behind a figure, the rankings, the
/// targets, and the rounds and lists the report counts.</summary>
public sealed partial class StatisticsTables(RegionCatalog regions, ReferenceCatalog reference)
{
    public Table Cube(CubeSliceAnswer slice) => new(
        $"技术交易统计-{slice.Period}",
        ["地区", "期间", "合同类型", "技术领域", "来源", "技术合同成交额(元)", "技术交易额(元)", "到账额(元)", "登记项数", "到账笔数"],
        [
            .. slice.Rows.Append(slice.Total with { District = null }).Select((r, i) => (IReadOnlyList<object?>)
            [
                i == slice.Rows.Count ? "合计" : r.District is { } d ? regions.NameOf(d) : regions.NameOf(slice.Region), r.Bucket ?? slice.Period,
                r.Type is { } t ? ReportWriter.TypeName(t) : "全部", r.Field is { } f ? FieldName(f) : "全部", r.Origin is { } o ? OriginName(o) : "全部",
                r.ContractAmount, r.TechnologyAmount, r.Settled, r.Registrations, r.Settlements,
            ]),
        ]);

    public Table Ledger(LedgerAnswer ledger) => new(
        $"明细-{ledger.Period}",
        ["类别", "日期", "登记编号", "合同类型", "技术领域", "来源", "卖方所在地区(输出)", "买方所在地区(吸纳)", "技术合同成交额(元)", "技术交易额(元)", "到账额(元)", "创新券抵扣(元)"],
        [
            .. ledger.Lines.Select(l => (IReadOnlyList<object?>)
            [
                l.Kind switch { TransactionLineKind.Registration => "认定登记", TransactionLineKind.Settlement => "到账", _ => "退款冲回" },
                l.Day.ToString("yyyy-MM-dd"), ClaimStatement.Text(l.RegistrationNumber), ReportWriter.TypeName(l.Type), FieldName(l.FieldCode), OriginName(l.Origin),
                regions.NameOf(l.SellerDistrict), regions.NameOf(l.BuyerDistrict), l.ContractAmount, l.TechnologyAmount, l.Settled, l.VoucherAmount,
            ]),
        ]);

    public static Table Rankings(RankingAnswer ranking) => new(
        $"晾晒-{ranking.PeersName}-{ranking.Period}",
        ["金额排名", "地区", "金额(元)", "上年同期(元)", "同比增长(%)", "增速排名", "年度目标(元)", "完成率(%)", "完成率排名", "预警"],
        [
            .. ranking.Standings.OrderBy(s => s.AmountRank ?? int.MaxValue).Select(s => (IReadOnlyList<object?>)
            [
                s.AmountRank, s.Name, s.Amount, s.Growth.Base, s.Growth.Percent, s.GrowthRank, s.Completion.Target, s.Completion.Percent, s.CompletionRank,
                LightName(s.Completion.Light),
            ]),
        ]);

    public Table Targets(TargetsAnswer targets) => new(
        $"年度指标-{targets.Year}",
        ["地区", "年度", "指标(元)", "生效日期", "类别", "调整原因"],
        [
            .. targets.Targets.SelectMany(t => t.Versions.Select((v, i) => (IReadOnlyList<object?>)
            [
                regions.NameOf(t.District), t.Year, v.Amount, v.EffectiveOn.ToString("yyyy-MM-dd"), i == 0 ? "下达" : "调整", v.Reason is { } r ? ClaimStatement.Text(r) : null,
            ])),
        ]);

    public Table Rounds(CollectionRoundsAnswer rounds) => new(
        $"需求征集轮次-{rounds.Period}",
        ["征集名称", "级别", "组织单位", "开始日期", "截止日期", "提前截止日期"],
        [
            .. rounds.Rounds.Select(r => (IReadOnlyList<object?>)
            [
                ClaimStatement.Text(r.Name), r.Level == RoundLevel.City ? "市级" : "区级", BureauName(r.Bureau), r.Opens.ToString("yyyy-MM-dd"),
                r.Closes.ToString("yyyy-MM-dd"), r.ClosedEarlyOn?.ToString("yyyy-MM-dd"),
            ]),
        ]);

    public Table Lists(PublishedListsAnswer lists) => new(
        $"发布榜单-{lists.Period}",
        ["榜单编号", "榜单名称", "发布单位", "发布日期", "征集批次", "榜单项目数"],
        [
            .. lists.Lists.Select(l => (IReadOnlyList<object?>)
            [
                ClaimStatement.Text(l.Number), ClaimStatement.Text(l.Title), BureauName(l.Bureau), l.PublishedOn.ToString("yyyy-MM-dd"), ClaimStatement.Text(l.RoundName),
                l.Challenges,
            ]),
        ]);

    public static string OriginName(ContractOrigin origin) => origin switch
    {
        ContractOrigin.Challenge => "揭榜挂帅",
        ContractOrigin.Achievement => "科技成果",
        _ => "直接签订",
    };

    public static string LightName(TrafficLight light) => light switch
    {
        TrafficLight.Green => "绿",
        TrafficLight.Amber => "黄",
        TrafficLight.Red => "红",
        _ => "无指标",
    };

    /// <summary>The bureau that ran a round or published a list: the city's, or a district's.</summary>
    private string BureauName(string bureau) => bureau == Jurisdictions.City ? "市科技局" : $"{regions.NameOf(bureau)}科技局";

    private string FieldName(string code) => reference.FieldsByCode.TryGetValue(code, out var field) ? field.Name : code;
}
