using TechMarket.Server.Modules.Statistics;

namespace TechMarket.UnitTests.Statistics;

public class WarningAndFunnelTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in China, 1 September
    private static readonly StatisticsOptions Options = new();

    private static Standing Standing(string district, TrafficLight light, decimal percent) => new(
        district, district, 0m, Growth.Of(0m, 0m), new TargetCompletion(100m, percent, percent, 66.8m, light), false, null, null, null);

    [Fact]
    public void Warnings_come_red_first_with_what_to_open()
    {
        var warnings = WarningRules.Decide(
            [Standing("330211", TrafficLight.Amber, 60m), Standing("330203", TrafficLight.Green, 90m), Standing("330205", TrafficLight.Red, 10m)],
            [new MilestoneDue(Guid.NewGuid(), "中试", "330211", 1, new DateOnly(2026, 8, 31)), new MilestoneDue(Guid.NewGuid(), "验收", "330211", 2, new DateOnly(2026, 7, 1)),
             new MilestoneDue(Guid.NewGuid(), "未到期", "330211", 1, new DateOnly(2026, 9, 1))],
            [new ChallengeOpen(Guid.NewGuid(), "无人揭榜", "330211", Now.AddHours(20), 0), new ChallengeOpen(Guid.NewGuid(), "两天后", "330211", Now.AddHours(48), 0),
             new ChallengeOpen(Guid.NewGuid(), "有人揭榜", "330211", Now.AddHours(5), 2), new ChallengeOpen(Guid.NewGuid(), "还早", "330211", Now.AddDays(10), 0)],
            [new SignedContract(Guid.NewGuid(), "待登记", "330211", Now.AddDays(-8)), new SignedContract(Guid.NewGuid(), "刚签", "330211", Now.AddDays(-1))],
            Now, Options);

        warnings.Select(w => (w.Light, w.Kind, w.Subject, w.Detail)).ShouldBe(
        [
            (TrafficLight.Red, WarningKind.BehindTarget, "330205", "完成率10%，时间进度66.8%"),
            (TrafficLight.Red, WarningKind.OverdueMilestone, "验收", "第2个节点逾期62天"),
            (TrafficLight.Red, WarningKind.NoBidNearDeadline, "无人揭榜", "距截止20小时，尚无人揭榜"),
            (TrafficLight.Amber, WarningKind.BehindTarget, "330211", "完成率60%，时间进度66.8%"),
            (TrafficLight.Amber, WarningKind.OverdueMilestone, "中试", "第1个节点逾期1天"),
            (TrafficLight.Amber, WarningKind.NoBidNearDeadline, "两天后", "距截止48小时，尚无人揭榜"),
            (TrafficLight.Amber, WarningKind.RegistrationWaiting, "待登记", "已签署8天，待认定登记"),
        ]);
    }

    [Fact]
    public void The_funnel_counts_each_step_converts_from_the_one_before_and_takes_the_median_days()
    {
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        FunnelItem Item(params int?[] days) => new(Guid.NewGuid(), "330211", "0101",
            [.. Enumerable.Range(0, 8).Select(i => i < days.Length && days[i] is { } d ? t0.AddDays(d) : (DateTimeOffset?)null)]);

        var stages = FunnelBuilder.Build(
        [
            Item(0, 2, 10, 12, 40, 50, 55, 70),
            Item(0, 4, 20, 21),
            Item(0, 6),
            Item(0),
        ]);

        stages.Select(s => s.Count).ShouldBe([4, 3, 2, 2, 1, 1, 1, 1]);
        stages[1].ShouldBe(new FunnelStage(FunnelStep.Accepted, 3, 75m, 75m, 4m));
        stages[2].ShouldBe(new FunnelStage(FunnelStep.InChallenge, 2, 66.7m, 50m, 12m));
        stages[0].ConversionPercent.ShouldBeNull();
        FunnelBuilder.Build([]).ShouldAllBe(s => s.Count == 0 && s.OfSubmittedPercent == null && s.MedianDaysFromPrevious == null);
    }

    [Fact]
    public void The_report_counts_vouchers_in_wan_and_enterprise_times_and_the_share_of_needs_from_enterprises()
    {
        var facts = new ReportFacts("镇海区", StatPeriod.Year(2026), CubeMeasures.Zero, CubeMeasures.Zero, null, null, 0, [], null, null, (_, _) => "ledger", "rankings",
            new ActivityFacts(23, 123_450_000m, 5, 14_312_000m, 630, 2, 3, 4_560_000m, 83, 68));

        var texts = ReportWriter.Write(facts).Select(s => s.Text).ToList();

        texts.ShouldContain("发布“揭榜挂帅”榜单23个，榜额合计1.23亿元，完成揭榜5个。");
        texts.ShouldContain("用券金额1431.2万元、惠及企业630家次。");
        texts.ShouldContain("“先用后转”转化成果2项。");
        texts.ShouldContain("技术经纪人促成技术合同3项、技术交易额456万元。");
        texts.ShouldContain("征集报送技术需求83个，其中82%来自企业。");
        texts.ShouldContain("镇海区2026年实现技术交易额0万元，上年同期无基数。");
    }
}
