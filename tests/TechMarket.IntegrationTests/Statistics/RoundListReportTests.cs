using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Statistics;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>
/// 揭榜挂帅 rounds and lists in the report over the API: 镇海区 and 海曙区 each open a round and publish a list from it. A
/// district officer's report and drill-downs count its own bureau's rounds and lists only; the city's count both (and
/// its own); every figure equals the length of the list its address opens.
/// </summary>
public sealed class RoundListReportTests(TechMarketHost host) : ApiTest(host)
{
    private const string Zhenhai = "330211", Haishu = "330203";

    private int Year => Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;

    /// <summary>A round of the bureau and a list of one challenge refined from it: the round's id and the list's number.</summary>
    private async Task<(Guid Round, string Number)> RoundWithListAsync(HttpClient bureau, HttpClient poster, string title)
    {
        var round = await OpenAsync(Host, bureau);
        var challenge = await RefinedChallengeAsync(Host, poster, bureau, round);
        var number = ListNumber();
        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, number, title, [challenge]))).ShouldBeOkAsync();
        return (round, number);
    }

    /// <summary>The report's 「组织需求征集N轮，发布…需求榜单N批、列入榜单项目N个」 figures, each checked against the list it opens.</summary>
    private static async Task<IReadOnlyList<ReportFigure>> FiguresMatchingTheirListsAsync(HttpClient officer, string query)
    {
        var report = await officer.GetAsync<ReportAnswer>($"/api/statistics/report?{query}");
        var figures = report.Sentences.Single(s => s.Key == "lists").Figures;
        var rounds = await officer.GetAsync<CollectionRoundsAnswer>(figures.Single(f => f.Key == "roundsOpened").DrillDown!);
        var lists = await officer.GetAsync<PublishedListsAnswer>(figures.Single(f => f.Key == "listsPublished").DrillDown!);
        figures.Single(f => f.Key == "roundsOpened").Value.ShouldBe(rounds.Count);
        rounds.Rounds.Count.ShouldBe(rounds.Count);
        figures.Single(f => f.Key == "listsPublished").Value.ShouldBe(lists.Count);
        figures.Single(f => f.Key == "listedChallenges").Value.ShouldBe(lists.Lists.Sum(l => l.Challenges));
        figures.Single(f => f.Key == "listedChallenges").DrillDown.ShouldBe(figures.Single(f => f.Key == "listsPublished").DrillDown);
        return figures;
    }

    [Fact]
    public async Task A_district_counts_and_opens_its_own_rounds_and_lists_and_the_city_all_of_them()
    {
        var (zhenhai, haishu, city) = (await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.HaishuBureau), await AsAsync(Demo.CityBureau));
        var (zhenhaiRound, zhenhaiList) = await RoundWithListAsync(zhenhai, await AsAsync(Demo.Enterprise), "镇海区揭榜挂帅需求榜单");
        var (haishuRound, haishuList) = await RoundWithListAsync(haishu, await AsAsync(Demo.OtherEnterprise), "海曙区揭榜挂帅需求榜单");
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

        var ownRounds = await zhenhai.GetAsync<CollectionRoundsAnswer>($"/api/statistics/rounds?year={Year}");
        ownRounds.Region.ShouldBe(Zhenhai);
        ownRounds.Rounds.ShouldContain(r => r.Id == zhenhaiRound && r.Opens == today);
        ownRounds.Rounds.ShouldAllBe(r => r.Bureau == Zhenhai);
        var ownLists = await zhenhai.GetAsync<PublishedListsAnswer>($"/api/statistics/lists?year={Year}");
        var listed = ownLists.Lists.Where(l => l.Number == zhenhaiList).ShouldHaveSingleItem();
        (listed.Title, listed.PublishedOn, listed.RoundId, listed.Challenges).ShouldBe(("镇海区揭榜挂帅需求榜单", today, zhenhaiRound, 1));
        ownLists.Lists.ShouldAllBe(l => l.Bureau == Zhenhai);
        ownLists.Lists.ShouldNotContain(l => l.Number == haishuList);
        var zhenhaiFigures = await FiguresMatchingTheirListsAsync(zhenhai, $"year={Year}");
        zhenhaiFigures.Single(f => f.Key == "roundsOpened").DrillDown.ShouldStartWith($"/api/statistics/rounds?region={Zhenhai}&");

        var cityRounds = await city.GetAsync<CollectionRoundsAnswer>($"/api/statistics/rounds?year={Year}");
        cityRounds.Rounds.Select(r => r.Id).ShouldContain(zhenhaiRound);
        cityRounds.Rounds.Select(r => r.Id).ShouldContain(haishuRound);
        var cityLists = await city.GetAsync<PublishedListsAnswer>($"/api/statistics/lists?year={Year}");
        cityLists.Lists.Select(l => l.Number).ShouldContain(zhenhaiList);
        cityLists.Lists.Select(l => l.Number).ShouldContain(haishuList);
        cityLists.Lists.ShouldAllBe(l => l.Bureau == Jurisdictions.City || l.Bureau.StartsWith("3302", StringComparison.Ordinal));
        var cityFigures = await FiguresMatchingTheirListsAsync(city, $"year={Year}");
        cityFigures.Single(f => f.Key == "listsPublished").Value.ShouldBeGreaterThan(zhenhaiFigures.Single(f => f.Key == "listsPublished").Value);
        (await city.GetAsync<PublishedListsAnswer>($"/api/statistics/lists?region={Haishu}&year={Year}")).Lists.ShouldAllBe(l => l.Bureau == Haishu);

        // Another district's rounds and lists are refused, as its ledger is; a year before counts none of these.
        await (await haishu.GetAsync($"/api/statistics/lists?region={Zhenhai}&year={Year}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await haishu.GetAsync($"/api/statistics/rounds?region={Zhenhai}&year={Year}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await (await AsAsync(Demo.Enterprise)).GetAsync($"/api/statistics/lists?year={Year}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await zhenhai.GetAsync<PublishedListsAnswer>($"/api/statistics/lists?year={Year - 1}")).Lists.ShouldNotContain(l => l.Number == zhenhaiList);
        (await zhenhai.GetAsync($"/api/statistics/rounds?year=1999")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
