using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.UnitTests.Statistics;

/// <summary>
/// A small ledger computed by hand. 镇海区, 1至8月 2026: a development contract (32000万元, technology 30000万元) and a transfer
/// (25000万元, technology 23660万元): 技术交易额 5.366亿 → 5.37亿元, 成交额 5.70亿元. 1至8月 2025: 32300万元, so growth
/// (53660 − 32300) / 32300 = 66.13%. Target 6亿 revised to 5.2亿: 53660 / 52000 = 103.19% → 103.2%. 海曙区 60000万元 (last
/// year 50000, +20%, target 8亿 → 75%); 江北区 10000万元, no base, no target. 到账 1234.56万元 less a 34.56万元 refund.
/// </summary>
public class ReportSentencesTests
{
    private const string Zhenhai = "330211", Haishu = "330203", Jiangbei = "330205";
    private static readonly StatPeriod Period = StatPeriod.YearToMonth(2026, 8);

    private static readonly TransactionFacts SettledFacts = Ledgers.Facts(Zhenhai, Haishu, ContractType.Development, "0101", ContractOrigin.Challenge);

    private static readonly ContractEvent[] Ledger =
    [
        Ledgers.Registered(Zhenhai, Haishu, new(2026, 3, 10), ContractType.Development, "0101", ContractOrigin.Challenge, 320_000_000m, 300_000_000m),
        Ledgers.Registered(Zhenhai, Jiangbei, new(2026, 6, 5), ContractType.Transfer, "0401", ContractOrigin.Achievement, 250_000_000m, 236_600_000m),
        Ledgers.Registered(Zhenhai, Haishu, new(2026, 9, 1), ContractType.Service, "0501", ContractOrigin.Direct, 50_000_000m, 50_000_000m),
        Ledgers.Registered(Zhenhai, Haishu, new(2025, 4, 1), ContractType.Development, "0101", ContractOrigin.Direct, 323_000_000m, 323_000_000m),
        Ledgers.Registered(Haishu, Zhenhai, new(2026, 5, 20), ContractType.Development, "0203", ContractOrigin.Direct, 600_000_000m, 600_000_000m),
        Ledgers.Registered(Haishu, Zhenhai, new(2025, 5, 20), ContractType.Development, "0203", ContractOrigin.Direct, 500_000_000m, 500_000_000m),
        Ledgers.Registered(Jiangbei, Zhenhai, new(2026, 7, 1), ContractType.Consulting, "0501", ContractOrigin.Direct, 100_000_000m, 100_000_000m),
        Ledgers.Settled(SettledFacts, new(2026, 7, 1), 12_345_600m),
        Ledgers.Reversed(SettledFacts, new(2026, 8, 10), 345_600m),
    ];

    private static CubeMeasures Output(string district, StatPeriod period) =>
        CubeSlice.Total(Ledgers.Months(Ledger).Where(c => c.District == district && c.Direction == Flow.Output && period.Contains(c.Day)));

    private static ReportFacts Facts(decimal? industrialInvestmentGrowth)
    {
        var names = new Dictionary<string, string> { [Zhenhai] = "镇海区", [Haishu] = "海曙区", [Jiangbei] = "江北区" };
        var targets = new Dictionary<string, (decimal, bool)> { [Zhenhai] = (520_000_000m, true), [Haishu] = (800_000_000m, false) };
        var peers = names.Select(n => new PeerFigures(n.Key, n.Value, Output(n.Key, Period).TechnologyAmount, Output(n.Key, Period.SameLastYear()).TechnologyAmount,
            Output(n.Key, Period).TechnologyAmount, targets.TryGetValue(n.Key, out var t) ? t.Item1 : null, targets.TryGetValue(n.Key, out var r) && r.Item2)).ToList();
        var standings = Standings.Of(peers, StatPeriod.ShareOfYearElapsed(Period.To), new WarningThresholds());
        var cells = Ledgers.Months(Ledger).Where(c => c.District == Zhenhai && c.Direction == Flow.Output && Period.Contains(c.Day)).ToList();
        var byType = Enum.GetValues<ContractType>().Select(t => (t, cells.Where(c => c.Type == t).Sum(c => c.Measures.Registrations))).ToList();
        return new ReportFacts("镇海区", Period, Output(Zhenhai, Period), Output(Zhenhai, Period.SameLastYear()), standings.Single(s => s.District == Zhenhai), null,
            0, byType, industrialInvestmentGrowth, null, (m, type) => $"ledger?measure={m}" + (type is { } x ? $"&type={x}" : string.Empty), "rankings");
    }

    [Fact]
    public void The_report_reads_as_the_bureau_writes_it_with_the_hand_computed_figures()
    {
        var sentences = ReportWriter.Write(Facts(industrialInvestmentGrowth: 11m));

        sentences.Select(s => s.Text).ShouldBe(
        [
            "镇海区2026年1至8月实现技术交易额5.37亿元，同比增长66.1%，完成全市考核调整后指标103.2%，完成率全市第一。",
            "技术合同成交额5.70亿元，技术交易额居全市第二位。",
            "技术交易额同比增长66.1%，高于工业投资增速55.1个百分点，增速全市第一。",
            "认定登记技术合同2项，其中技术开发1项、技术转让1项。",
            "技术合同到账额1200万元。",
        ]);
    }

    [Fact]
    public void Every_figure_sits_where_the_text_says_and_opens_the_list_it_sums()
    {
        var sentences = ReportWriter.Write(Facts(industrialInvestmentGrowth: null));

        foreach (var sentence in sentences)
        {
            foreach (var figure in sentence.Figures)
            {
                sentence.Text.Substring(figure.Start, figure.Text.Length).ShouldBe(figure.Text);
            }
        }

        var headline = sentences[0].Figures.Single(f => f.Key == "technologyAmount");
        (headline.Value, headline.Unit, headline.DrillDown).ShouldBe((536_600_000m, "yuan", "ledger?measure=TechnologyAmount"));
        sentences.SelectMany(s => s.Figures).Select(f => (f.Key, f.Unit)).ShouldContain(("completionRank", "rank"));
        sentences.SelectMany(s => s.Figures).Select(f => (f.Key, f.Unit)).ShouldContain(("registrations", "count"));
        sentences.Single(s => s.Key == "registered").Figures.Single(f => f.Key == "registrations.Transfer").DrillDown.ShouldBe("ledger?measure=ContractAmount&type=Transfer");
        sentences.Single(s => s.Key == "settled").Figures.Single().Value.ShouldBe(12_000_000m);
        sentences.Single(s => s.Key == "growth").Text.ShouldBe("技术交易额同比增长66.1%，增速全市第一。");
    }

    [Fact]
    public void The_share_of_GDP_is_the_technology_amount_over_the_district_s_GDP_the_bureau_entered()
    {
        // 5.366亿 of 214.64亿 GDP: 536_600_000 / 21_464_000_000 = 2.5%.
        var sentences = ReportWriter.Write(Facts(industrialInvestmentGrowth: null) with { Gdp = 21_464_000_000m });

        var share = sentences.Single(s => s.Key == "gdpShare");
        share.Text.ShouldBe("技术交易额相当于地区生产总值的2.5%。");
        (share.Figures.Single().Value, share.Figures.Single().Unit).ShouldBe((2.5m, "percent"));
        ReportWriter.Write(Facts(industrialInvestmentGrowth: null)).ShouldNotContain(s => s.Key == "gdpShare", "no GDP entered, no share");
    }

    [Fact]
    public void Rankings_share_ranks_on_ties_and_leave_those_without_a_base_unranked()
    {
        var ranked = DistrictRanking.Rank([("a", "A", 5m), ("b", "B", 7m), ("c", "C", 5m), ("d", "D", null), ("e", "E", 1m)]);

        ranked.Select(r => (r.District, r.Rank)).ShouldBe([("b", 1), ("a", 2), ("c", 2), ("e", 4), ("d", (int?)null)]);
    }

    [Fact]
    public void A_streak_counts_the_latest_months_in_the_top_three()
    {
        DistrictRanking.Streak([4, 1, 2, 3, 2, 1], 3).ShouldBe(5);
        DistrictRanking.Streak([1, 2, null, 3], 3).ShouldBe(1);
        DistrictRanking.Streak([1, 4], 3).ShouldBe(0);
    }
}
