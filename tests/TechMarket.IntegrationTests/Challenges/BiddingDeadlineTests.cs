using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class BiddingDeadlineTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_bid_one_tick_after_the_deadline_is_refused_before_the_scheduler_closes_the_challenge()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(1));
        var university = await AsAsync(Demo.University);
        var bid = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync();
        var closesAt = (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("terms").GetProperty("closesAt").GetDateTimeOffset();

        Host.Clock.AdvanceTo(closesAt.AddTicks(1));

        var late = await (await AsAsync("institute@techmarket.demo")).PostAsync($"/api/challenges/{id}/bids", Bid(Marker()));
        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        await (await university.PutAsync($"/api/bids/{bid.GetProperty("bidId").GetString()}", Bid("迟到的修改"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        await (await university.PostAsync($"/api/bids/{bid.GetProperty("bidId").GetString()}/withdraw")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("status").GetString().ShouldBe("Published");

        Host.Clock.Advance(TimeSpan.FromSeconds(3));
        var closed = await WaitForStatusAsync(bureau, id, "BiddingClosed");
        closed.GetProperty("commitments").GetArrayLength().ShouldBe(1);
        closed.GetProperty("secondsLeft").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Fifty_organisations_bidding_at_the_same_moment_all_land()
    {
        var bureau = await AsAsync(Demo.CityBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(3));
        var bidders = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, bureau)));

        var responses = await Task.WhenAll(bidders.Select(b => b.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("bidCount").GetInt32().ShouldBe(50);
    }
}
