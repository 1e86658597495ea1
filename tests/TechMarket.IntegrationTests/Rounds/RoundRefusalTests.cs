using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Rounds;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>Rounds with bad dates or of the wrong level, and needs sent into a round that is not open to them: each a
/// clear problem, and nothing written.</summary>
public sealed class RoundRefusalTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_round_with_dates_in_the_past_a_closing_before_its_opening_or_of_another_level_is_refused_and_nothing_is_written()
    {
        var (bureau, city) = (await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        (await (await bureau.PostJsonAsync("/api/rounds", Round(Host, opensIn: -1)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["opens"]);
        (await (await bureau.PostJsonAsync("/api/rounds", Round(Host, opensIn: 5, closesIn: 4)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["closes"]);
        await (await bureau.PostJsonAsync("/api/rounds", Round(Host, RoundLevel.City))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "wrong-round-level");
        await (await city.PostJsonAsync("/api/rounds", Round(Host, RoundLevel.District))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "wrong-round-level");
        await (await (await AsAsync(Demo.Enterprise)).PostJsonAsync("/api/rounds", Round(Host))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_need_is_not_submitted_into_a_round_not_yet_open_closed_early_of_another_district_or_unknown()
    {
        var (enterprise, bureau, haishu) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.HaishuBureau));
        var upcoming = await OpenAsync(Host, bureau, opensIn: 1);
        var closing = await OpenAsync(Host, bureau);
        var elsewhere = await OpenAsync(Host, haishu);
        var cityRound = await OpenAsync(Host, await AsAsync(Demo.CityBureau), RoundLevel.City);
        await (await haishu.PostJsonAsync($"/api/rounds/{closing}/close", new CloseRoundRequest("征集已满"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");
        await (await bureau.PostJsonAsync($"/api/rounds/{closing}/close", new CloseRoundRequest("征集数量已满，提前截止"))).ShouldBeOkAsync();
        await (await bureau.PostJsonAsync($"/api/rounds/{closing}/close", new CloseRoundRequest("再次截止"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "round-closed");
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var closed = await visitor.GetJsonAsync<RoundView>($"/api/rounds/{closing}");
        (closed.Status, closed.CloseReason).ShouldBe((RoundStatus.Closed, "征集数量已满，提前截止"));
        (await visitor.GetJsonAsync<RoundView>($"/api/rounds/{upcoming}")).Status.ShouldBe(RoundStatus.Upcoming);
        var (need, etag) = await DraftAsync(enterprise, Content(Marker()));
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={upcoming}", ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "round-not-open");
        await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={closing}", ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "round-closed");
        await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={elsewhere}", ifMatch: etag))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "round-other-district");
        await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={Guid.NewGuid()}", ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "round-not-found");

        (await watch.WritesAsync()).ShouldBeEmpty();
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{need}")).Status.ShouldBe(NeedStatus.Draft);
        // The city's round collects every district's needs.
        await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={cityRound}", ifMatch: etag)).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{need}")).RoundId.ShouldBe(cityRound);
        var open = await visitor.GetJsonAsync<List<RoundView>>("/api/rounds?district=330211");
        open.Select(r => r.Id).ShouldContain(cityRound);
        open.Select(r => r.Id).ShouldNotContain(elsewhere);
    }

    [Fact]
    public async Task Where_the_bureau_refuses_standing_collection_a_need_goes_in_only_through_an_open_round()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var round = await OpenAsync(Host, bureau);
        (await bureau.GetJsonAsync<StandingCollectionView>("/api/rounds/standing-collection")).ShouldBe(new StandingCollectionView("330211", true));
        await (await bureau.SendJsonAsync(HttpMethod.Put, "/api/rounds/standing-collection", new StandingCollectionRequest(false))).ShouldBeOkAsync();
        try
        {
            (await bureau.GetJsonAsync<StandingCollectionView>("/api/rounds/standing-collection")).Allowed.ShouldBeFalse();
            var (need, etag) = await DraftAsync(enterprise, Content(Marker()));

            await (await enterprise.PostAsync($"/api/needs/{need}/submit", ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "no-standing-collection");
            (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{need}")).Status.ShouldBe(NeedStatus.Draft);
            await (await enterprise.PostAsync($"/api/needs/{need}/submit?round={round}", ifMatch: etag)).ShouldBeOkAsync();
            // Another district's bureau keeps its own policy.
            var (other, otherTag) = await DraftAsync(await AsAsync(Demo.OtherEnterprise), Content(Marker()));
            await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/needs/{other}/submit", ifMatch: otherTag)).ShouldBeOkAsync();
        }
        finally
        {
            // Other tests submit 镇海区's needs outside rounds, as the demo does.
            await (await bureau.SendJsonAsync(HttpMethod.Put, "/api/rounds/standing-collection", new StandingCollectionRequest(true))).ShouldBeOkAsync();
        }
    }
}
