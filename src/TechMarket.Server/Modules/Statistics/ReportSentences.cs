using System.Text;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// The bureau's register: 「1至8月实现技术交易额53.65亿元，同比增长66%，完成全年目标任务103.2%，完成率全市第五。」 Amounts in 亿元
/// with two decimals (万元 below one 亿), growth to one decimal, ranks as Chinese ordinals. Pure: facts in, sentences out.
/// </summary>
public static class ReportWriter
{
    public static IReadOnlyList<ReportSentence> Write(ReportFacts f)
    {
        var sentences = new List<ReportSentence>();
        var growth = Growth.Of(f.Current.TechnologyAmount, f.Base.TechnologyAmount);

        var s = new Sentence("headline");
        s.Text($"{f.RegionName}{f.Period.Label}实现技术交易额").Figure("technologyAmount", ChineseNumbers.Amount(f.Current.TechnologyAmount),
            f.Current.TechnologyAmount, f.LedgerLink(Measure.TechnologyAmount, null));
        s.Text("，").Text(growth.Words());
        if (f.InCity?.Completion is { Percent: { } completion })
        {
            s.Text(f.InCity.TargetRevised ? "，完成全市考核调整后指标" : "，完成全年目标任务")
                .Figure("completion", ChineseNumbers.Percent(completion), completion, f.RankingLink);
            if (f.InCity.CompletionRank is { } rank)
            {
                s.Text("，完成率全市").Figure("completionRank", ChineseNumbers.Ordinal(rank), rank, f.RankingLink);
            }
        }

        sentences.Add(s.Text("。").Build());

        var amounts = new Sentence("contractAmount");
        amounts.Text("技术合同成交额").Figure("contractAmount", ChineseNumbers.Amount(f.Current.ContractAmount), f.Current.ContractAmount,
            f.LedgerLink(Measure.ContractAmount, null));
        if (f.InCity?.AmountRank is { } cityRank)
        {
            amounts.Text("，技术交易额居全市").Figure("cityRank", ChineseNumbers.Ordinal(cityRank) + "位", cityRank, f.RankingLink);
        }

        if (f.InProvince?.AmountRank is { } provinceRank)
        {
            amounts.Text("、全省").Figure("provinceRank", ChineseNumbers.Ordinal(provinceRank) + "位", provinceRank, f.RankingLink);
        }

        sentences.Add(amounts.Text("。").Build());

        if (growth.Percent is { } rate && (f.IndustrialInvestmentGrowth is not null || f.InCity?.GrowthRank is not null))
        {
            var g = new Sentence("growth").Text("技术交易额").Text(growth.Words());
            if (Growth.PointsAbove(rate, f.IndustrialInvestmentGrowth) is { } points)
            {
                g.Text(points >= 0 ? "，高于工业投资增速" : "，低于工业投资增速").Figure("pointsAboveInvestment", ChineseNumbers.Points(Math.Abs(points)), points,
                    f.Link("reference-figures"));
            }

            if (f.InCity?.GrowthRank is { } growthRank)
            {
                g.Text("，增速全市").Figure("growthRank", ChineseNumbers.Ordinal(growthRank), growthRank, f.RankingLink);
            }

            sentences.Add(g.Text("。").Build());
        }

        if (f.StreakTopThree >= 2)
        {
            sentences.Add(new Sentence("streak").Text("已连续").Figure("streak", ChineseNumbers.Of(f.StreakTopThree) + "个月", f.StreakTopThree, f.RankingLink)
                .Text("居全市前三。").Build());
        }

        var registered = new Sentence("registered").Text("认定登记技术合同")
            .Figure("registrations", $"{f.Current.Registrations}项", f.Current.Registrations, f.LedgerLink(Measure.ContractAmount, null));
        var types = f.RegisteredByType.Where(t => t.Count > 0).ToList();
        for (var i = 0; i < types.Count; i++)
        {
            registered.Text(i == 0 ? "，其中" : "、").Text(TypeName(types[i].Type))
                .Figure($"registrations.{types[i].Type}", $"{types[i].Count}项", types[i].Count, f.LedgerLink(Measure.ContractAmount, types[i].Type));
        }

        sentences.Add(registered.Text("。").Build());
        sentences.Add(new Sentence("settled").Text("技术合同到账额").Figure("settled", ChineseNumbers.Amount(f.Current.Settled), f.Current.Settled,
            f.LedgerLink(Measure.Settled, null)).Text("。").Build());

        if (f.Gdp is > 0 and var gdp)
        {
            var share = GdpShare(f.Current.TechnologyAmount, gdp);
            sentences.Add(new Sentence("gdpShare").Text("技术交易额相当于地区生产总值的").Figure("gdpShare", ChineseNumbers.Percent(share), share,
                f.Link("reference-figures")).Text("。").Build());
        }

        sentences.AddRange(Activity(f.Activity ?? ActivityFacts.None, f));
        return sentences;
    }

    /// <summary>揭榜挂帅, 创新券, 先用后转, brokers and needs, each only when there is something to say.</summary>
    private static IEnumerable<ReportSentence> Activity(ActivityFacts a, ReportFacts f)
    {
        var (ledger, roundsLink, listsLink) = (f.LedgerLink, f.RoundsLink, f.ListsLink);
        if (a.RoundsOpened > 0 || a.ListsPublished > 0)
        {
            // 「组织需求征集2轮，发布“揭榜挂帅”需求榜单3批、列入榜单项目12个。」: rounds opened and lists published in the period.
            var lists = new Sentence("lists");
            if (a.RoundsOpened > 0)
            {
                lists.Text("组织需求征集").Figure("roundsOpened", $"{a.RoundsOpened}轮", a.RoundsOpened, roundsLink);
            }

            if (a.ListsPublished > 0)
            {
                lists.Text(a.RoundsOpened > 0 ? "，发布“揭榜挂帅”需求榜单" : "发布“揭榜挂帅”需求榜单")
                    .Figure("listsPublished", $"{a.ListsPublished}批", a.ListsPublished, listsLink)
                    .Text("、列入榜单项目").Figure("listedChallenges", $"{a.ListedChallenges}个", a.ListedChallenges, listsLink);
            }

            yield return lists.Text("。").Build();
        }

        if (a.ChallengesPublished > 0 || a.ChallengesAwarded > 0)
        {
            yield return new Sentence("challenges").Text("发布“揭榜挂帅”榜单").Figure("challengesPublished", $"{a.ChallengesPublished}个", a.ChallengesPublished, f.Link("challenges", "&milestone=Published"))
                .Text("，榜额合计").Figure("bounty", ChineseNumbers.Amount(a.BountyPublished), a.BountyPublished, f.Link("challenges", "&milestone=Published"))
                .Text("，完成揭榜").Figure("challengesAwarded", $"{a.ChallengesAwarded}个", a.ChallengesAwarded, f.Link("challenges", "&milestone=Awarded")).Text("。").Build();
        }

        if (a.VoucherEnterpriseTimes > 0)
        {
            yield return new Sentence("vouchers").Text("用券金额").Figure("voucherAmount", ChineseNumbers.Wan2(a.VoucherAmount), a.VoucherAmount, f.Link("vouchers"))
                .Text("、惠及企业").Figure("voucherEnterprises", $"{a.VoucherEnterpriseTimes}家次", a.VoucherEnterpriseTimes, f.Link("vouchers")).Text("。").Build();
        }

        if (a.TrialConversions > 0)
        {
            yield return new Sentence("trials").Text("“先用后转”转化成果").Figure("trialConversions", $"{a.TrialConversions}项", a.TrialConversions, f.Link("trials")).Text("。").Build();
        }

        if (a.BrokeredContracts > 0)
        {
            yield return new Sentence("brokers").Text("技术经纪人促成技术合同").Figure("brokeredContracts", $"{a.BrokeredContracts}项", a.BrokeredContracts, ledger(Measure.ContractAmount, null) + "&brokered=true")
                .Text("、技术交易额").Figure("brokeredAmount", ChineseNumbers.Amount(a.BrokeredTechnologyAmount), a.BrokeredTechnologyAmount, ledger(Measure.TechnologyAmount, null) + "&brokered=true").Text("。").Build();
        }

        if (a.NeedsCollected > 0)
        {
            var share = Math.Round(a.NeedsFromEnterprises * 100m / a.NeedsCollected, 0, MidpointRounding.AwayFromZero);
            yield return new Sentence("needs").Text("征集报送技术需求").Figure("needsCollected", $"{a.NeedsCollected}个", a.NeedsCollected, f.Link("needs"))
                .Text("，其中").Figure("needsFromEnterprises", ChineseNumbers.Percent(share), share, f.Link("needs")).Text("来自企业。").Build();
        }
    }

    /// <summary>占GDP比重: the technology amount as a percentage of the GDP the bureau entered, two decimals.</summary>
    public static decimal GdpShare(decimal technologyAmount, decimal gdp) => Math.Round(technologyAmount / gdp * 100m, 2, MidpointRounding.AwayFromZero);

    public static string TypeName(ContractType type) => type switch
    {
        ContractType.Development => "技术开发",
        ContractType.Transfer => "技术转让",
        ContractType.Licence => "技术许可",
        ContractType.Consulting => "技术咨询",
        _ => "技术服务",
    };

    /// <summary>Builds a sentence and records where each figure sits in it.</summary>
    private sealed class Sentence(string key)
    {
        private readonly StringBuilder _text = new();
        private readonly List<ReportFigure> _figures = [];

        public Sentence Text(string text)
        {
            _text.Append(text);
            return this;
        }

        public Sentence Figure(string figureKey, string text, decimal value, string? drillDown)
        {
            _figures.Add(new ReportFigure(figureKey, text, _text.Length, value, UnitOf(text), drillDown));
            _text.Append(text);
            return this;
        }

        public ReportSentence Build() => new(key, _text.ToString(), _figures);

        private static string UnitOf(string text) =>
            text.EndsWith('元') ? "yuan"
            : text.EndsWith("个百分点", StringComparison.Ordinal) ? "points"
            : text.EndsWith('%') ? "percent"
            : text.StartsWith('第') ? "rank"
            : text.EndsWith("个月", StringComparison.Ordinal) ? "months"
            : "count";
    }
}
