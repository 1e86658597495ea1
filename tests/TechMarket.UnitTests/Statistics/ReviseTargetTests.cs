using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

public class ReviseTargetTests
{
    [Fact]
    public void A_revision_keeps_its_day_and_reason_and_a_closed_year_is_not_revised()
    {
        var revised = ReviseTarget.Decide(SetTargetTests.Set2026, new ReviseTarget(520_000_000m, " 全市考核指标调整 ", Actors.CityBureau(), Given.Now), Catalog.Regions)
            .ShouldEmitSingle<TargetRevised>();

        (revised.Amount, revised.EffectiveOn, revised.Reason).ShouldBe((520_000_000m, Given.TodayInChina, "全市考核指标调整"));
        ReviseTarget.Decide(SetTargetTests.Set2026, new ReviseTarget(1m, "太晚了", Actors.CityBureau(), new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.Conflict, "year-closed");
        ReviseTarget.Decide(SetTargetTests.Set2026, new ReviseTarget(1m, "不是我的", Actors.Bureau("330211"), Given.Now), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-the-setting-level");
    }
}
