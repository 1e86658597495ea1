using System.Net;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>The statistics API over the demo ledger: figures agree with their drill-downs, targets are set and revised
/// by the city, and an officer reads only what the jurisdiction covers.</summary>
public sealed class StatisticsApiTests(TechMarketHost host) : ApiTest(host)
{
    private const string Zhenhai = "330211";

    private async Task CaughtUpAsync() =>
        await Host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));

    private static int Year => DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task Every_figure_of_the_cube_and_the_report_equals_the_sum_of_its_drill_down()
    {
        await CaughtUpAsync();
        var city = await AsAsync(Demo.CityBureau);

        var slice = await city.GetAsync<CubeSliceAnswer>($"/api/statistics/cube?year={Year}&by=district,type");
        slice.Rows.ShouldNotBeEmpty("the demo registers contracts this year");
        slice.Rows.Sum(r => r.TechnologyAmount).ShouldBe(slice.Total.TechnologyAmount);
        foreach (var row in slice.Rows)
        {
            var lines = await city.GetAsync<LedgerAnswer>($"/api/statistics/ledger?region={row.District}&year={Year}&type={row.Type}&measure=ContractAmount");
            lines.Sum.ShouldBe(row.ContractAmount);
            lines.Count.ShouldBe(row.Registrations);
        }

        var report = await city.GetAsync<ReportAnswer>($"/api/statistics/report?region={Zhenhai}&year={Year}");
        foreach (var figure in report.Sentences.SelectMany(s => s.Figures).Where(f => f.DrillDown?.StartsWith("/api/statistics/ledger", StringComparison.Ordinal) == true))
        {
            var lines = await city.GetAsync<LedgerAnswer>(figure.DrillDown!);
            (figure.Unit == "count" ? lines.Count : lines.Sum).ShouldBe(figure.Value, figure.Key);
        }

        report.Sentences[0].Text.ShouldStartWith($"镇海区{Year}年实现技术交易额");
    }

    [Fact]
    public async Task The_demo_ledger_gives_years_to_compare_targets_with_a_revision_ranks_and_warnings()
    {
        await CaughtUpAsync();
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);

        var report = await zhenhai.GetAsync<ReportAnswer>($"/api/statistics/report?year={Year}");
        report.Sentences[0].Text.ShouldContain("完成全市考核调整后指标");
        report.Sentences[0].Figures.Select(f => f.Key).ShouldContain("completionRank");
        report.Sentences[0].Text.ShouldNotContain("无基数");
        report.Sentences.ShouldContain(s => s.Key == "growth" && s.Text.Contains("工业投资增速", StringComparison.Ordinal));
        var needs = report.Sentences.Single(s => s.Key == "needs").Figures;
        needs.Single(f => f.Key == "needsCollected").Value.ShouldBeGreaterThan(0m);
        // The demo's city round holds needs of 镇海's institute and hospital: not every need came from an enterprise.
        needs.Single(f => f.Key == "needsFromEnterprises").Value.ShouldBeInRange(1m, 99m);

        var ranking = await zhenhai.GetAsync<RankingAnswer>($"/api/statistics/rankings?year={Year}&peers=Province");
        ranking.PeersName.ShouldBe("浙江省");
        ranking.Standings.Where(s => s.District.StartsWith("3302", StringComparison.Ordinal)).ShouldAllBe(s => s.Completion.Light != TrafficLight.None && s.Growth.HasBase);
        (await zhenhai.GetAsync<WarningsAnswer>($"/api/statistics/warnings?year={Year}")).Region.ShouldBe(Zhenhai);
        var funnel = await zhenhai.GetAsync<FunnelAnswer>($"/api/statistics/funnel?year={Year}");
        funnel.Stages.Select(s => s.Step).ShouldBe(Enum.GetValues<FunnelStep>());
        funnel.Stages[0].Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_city_sets_and_revises_a_target_and_the_ranking_measures_against_the_revision()
    {
        var city = await AsAsync(Demo.CityBureau);
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);
        const int year = 2031;

        (await zhenhai.SendJsonAsync(HttpMethod.Put, $"/api/statistics/targets/{Zhenhai}/{year}", new SetTargetRequest(1m))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await city.SendJsonAsync(HttpMethod.Put, $"/api/statistics/targets/{Zhenhai}/{year}", new SetTargetRequest(600_000_000m))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await city.SendJsonAsync(HttpMethod.Put, $"/api/statistics/targets/{Zhenhai}/{year}", new SetTargetRequest(1m))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await city.PostJsonAsync($"/api/statistics/targets/{Zhenhai}/{year}/revisions", new ReviseTargetRequest(520_000_000m, ""))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        (await city.PostJsonAsync($"/api/statistics/targets/{Zhenhai}/{year}/revisions", new ReviseTargetRequest(520_000_000m, "全市考核指标调整"))).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);

        var targets = await zhenhai.GetAsync<TargetsAnswer>($"/api/statistics/targets?year={year}");
        var target = targets.Targets.ShouldHaveSingleItem();
        target.Versions.Select(v => (v.Amount, v.Reason)).ShouldBe([(600_000_000m, (string?)null), (520_000_000m, "全市考核指标调整")]);

        var ranking = await zhenhai.GetAsync<RankingAnswer>($"/api/statistics/rankings?region={Zhenhai}&year={year}");
        var own = ranking.Standings.Single(s => s.District == Zhenhai);
        (own.Completion.Target, own.TargetRevised, own.Completion.Percent).ShouldBe((520_000_000m, true, 0m));
        ranking.Standings.Count.ShouldBe(11);
        ranking.PeersName.ShouldBe("宁波市");
    }

    [Fact]
    public async Task A_district_officer_reads_its_own_district_and_no_other_and_bad_periods_are_400s()
    {
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);

        (await zhenhai.GetAsync($"/api/statistics/ledger?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await zhenhai.GetAsync($"/api/statistics/ledger?region=330203&year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zhenhai.GetAsync($"/api/statistics/cube?region=330200&year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zhenhai.GetAsync($"/api/statistics/report?region=330302&year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zhenhai.GetAsync($"/api/statistics/report?region=nowhere&year={Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await AsAsync(Demo.Enterprise)).GetAsync($"/api/statistics/cube?year={Year}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        foreach (var bad in new[] { "year=1999", "year=2026&month=13", "year=2026&quarter=2&month=4", "from=2026-03-01", "from=2026-03-01&to=2026-02-01",
                     "year=2026&by=district,colour", "year=2026&direction=Sideways" })
        {
            (await zhenhai.GetAsync($"/api/statistics/cube?{bad}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
        }
    }
}
