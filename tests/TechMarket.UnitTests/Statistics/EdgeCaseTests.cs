using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

public class EdgeCaseTests
{
    private static readonly WarningThresholds Thresholds = new();

    [Fact]
    public void A_payment_confirmed_at_New_Year_s_midnight_in_China_counts_in_the_new_year()
    {
        var story = ContractStory.ReadyToPay();
        var pay = new PayByTransfer(Guid.CreateVersion7(), 1, new TransferRequest(400_000m, "CMB1", Guid.NewGuid(), Given.TodayInChina),
            ContractStory.Evidence(), story.BuyerUser, Given.Now, Own: Given.ApprovedOf(story.BuyerUser), Parties: story.Parties);
        story.Take(PayByTransfer.Decide(story.State, pay));
        var midnight = new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero); // 2027-01-01 00:00 in China

        var recorded = ConfirmTransfer.Decide(story.State, new ConfirmTransfer(pay.PaymentId, 2m, story.SellerBureau, midnight))
            .Events.OfType<TechnologyTransactionRecorded>().Single();
        var months = Ledgers.Months([recorded]);

        recorded.ConfirmedOn.ShouldBe(new DateOnly(2027, 1, 1));
        CubeSlice.Total(months.Where(c => StatPeriod.YearToMonth(2027, 1).Contains(c.Day) && c.Direction == Flow.Output)).Settled.ShouldBe(320_000m);
        CubeSlice.Total(months.Where(c => StatPeriod.Year(2026).Contains(c.Day))).Settled.ShouldBe(0m);
        midnight.AddSeconds(-1).DateInChina().ShouldBe(new DateOnly(2026, 12, 31));
    }

    [Fact]
    public void A_leap_day_is_its_own_cell_and_its_year_before_is_28_February()
    {
        var leap = new DateOnly(2024, 2, 29);
        var days = Ledgers.Days([Ledgers.Registered("330211", "330203", leap, ContractType.Development, "0101", ContractOrigin.Direct, 100m, 80m)]);

        days.Where(c => c.Direction == Flow.Output).ShouldHaveSingleItem().Day.ShouldBe(leap);
        StatPeriod.Range(leap, leap).SameLastYear().ShouldBe(StatPeriod.Range(new DateOnly(2023, 2, 28), new DateOnly(2023, 2, 28)));
        StatPeriod.YearToMonth(2024, 2).SameLastYear().To.ShouldBe(new DateOnly(2023, 2, 28));
        StatPeriod.YearToMonth(2025, 2).SameLastYear().To.ShouldBe(new DateOnly(2024, 2, 29));
        StatPeriod.ShareOfYearElapsed(new DateOnly(2024, 12, 31)).ShouldBe(1m);
    }

    [Fact]
    public void A_district_with_no_base_year_has_no_growth_rate_and_says_so()
    {
        var growth = Growth.Of(5_000_000m, 0m);

        growth.Percent.ShouldBeNull();
        growth.Words().ShouldBe("上年同期无基数");
        Growth.Of(5m, -1m).HasBase.ShouldBeFalse(); // refunds left less than nothing
        Growth.PointsAbove(growth.Percent, 11m).ShouldBeNull();
        Growth.Of(166.4m, 100m).Words().ShouldBe("同比增长66.4%");
        Growth.Of(88m, 100m).Words().ShouldBe("同比下降12%");
    }

    [Fact]
    public void A_zero_target_is_met_by_anything_and_no_target_gives_no_light()
    {
        TargetCompletion.Of(0m, 0m, 0.5m, Thresholds).ShouldBe(new TargetCompletion(0m, 0m, null, 50m, TrafficLight.Green));
        TargetCompletion.Of(null, 10m, 0.5m, Thresholds).Light.ShouldBe(TrafficLight.None);
    }

    [Theory]
    [InlineData(50, TrafficLight.Green)]
    [InlineData(40, TrafficLight.Amber)]
    [InlineData(39, TrafficLight.Red)]
    public void The_light_compares_completion_with_the_share_of_the_year_elapsed(int achievedPercent, TrafficLight light) =>
        TargetCompletion.Of(100m, achievedPercent, 0.5m, Thresholds).Light.ShouldBe(light);

    [Fact]
    public void A_revised_target_is_measured_against_and_the_first_stays_on_record()
    {
        var id = DistrictTarget.IdOf("330211", 2026);
        var target = new TargetEvent[]
        {
            new TargetSet(id, "330211", 2026, 600_000_000m, Guid.NewGuid(), Given.Now),
            new TargetRevised(id, 520_000_000m, new DateOnly(2026, 7, 1), "全市考核指标调整", Guid.NewGuid(), Given.Now),
        }.Aggregate((DistrictTarget?)null, DistrictTarget.Evolve)!;

        target.Amount.ShouldBe(520_000_000m);
        target.Revised.ShouldBeTrue();
        target.Versions[0].Amount.ShouldBe(600_000_000m);
        target.Versions[1].Reason.ShouldBe("全市考核指标调整");
        TargetCompletion.Of(target.Amount, 536_600_000m, 0.67m, Thresholds).Percent.ShouldBe(103.2m);
    }
}
