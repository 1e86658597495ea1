using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>The demo's rounds: what a newcomer sees of 需求征集 and 榜单.</summary>
public sealed class DemoRoundsTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_demo_has_a_closed_city_round_with_needs_from_several_kinds_its_published_list_and_an_open_round()
    {
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var rounds = await visitor.GetJsonAsync<List<RoundView>>("/api/rounds");
        var closed = rounds.Single(r => r.Name == "2026年宁波市“揭榜挂帅”技术需求征集（第一批）");
        (closed.Level, closed.Status).ShouldBe((RoundLevel.City, RoundStatus.Closed));
        var open = rounds.Single(r => r.Name == "2026年镇海区“揭榜挂帅”需求征集（第二批）");
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        // Open for 120 days from the demo's start; other tests may have moved the server's clock since.
        (open.Level, open.Status).ShouldBe((RoundLevel.District, today <= open.Closes ? RoundStatus.Open : RoundStatus.Closed));

        var list = (await visitor.GetJsonAsync<List<ListSummary>>("/api/lists")).Single(l => l.Number == "2026-01" && l.Bureau == "city");
        list.RoundId.ShouldBe(closed.Id);
        var page = await visitor.GetJsonAsync<ListView>($"/api/lists/{list.Id}");
        page.Challenges.Count.ShouldBe(2);
        page.Challenges.ShouldAllBe(c => c.Status == ChallengeStatus.Published);

        var report = await (await AsAsync(Demo.CityBureau)).GetJsonAsync<RoundReport>($"/api/rounds/{closed.Id}/report");
        (report.Collected, report.FromEnterprisesPercent, report.Accepted, report.Refined, report.Published).ShouldBe((6, 67, 5, 2, 2));
        report.ByKind.Select(k => k.Kind).ShouldBe([OrganisationKind.Enterprise, OrganisationKind.Institute, OrganisationKind.Hospital]);
    }
}
