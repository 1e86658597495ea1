using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
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
        var institute = await AsAsync("institute@techmarket.demo");
        var bidId = (await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>()).BidId;
        var closesAt = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Terms.ClosesAt;

        // The clock stands one tick past the deadline, inside the scheduler's grace, however long the requests take.
        using (Host.Clock.Freeze(closesAt.AddTicks(1)))
        {
            await (await institute.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
            await (await university.PutAsync($"/api/bids/{bidId}", Bid("迟到的修改"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
            await (await university.PostAsync($"/api/bids/{bidId}/withdraw")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
            await Host.CloseDueBiddingAsync();
            (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.Published);

            Host.Clock.Advance(TimeSpan.FromSeconds(3));
            await Host.CloseDueBiddingAsync();
            var closed = await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
            (closed.Status, closed.Commitments.Count, closed.SecondsLeft).ShouldBe((ChallengeStatus.BiddingClosed, 1, 0));
        }
    }

    [Fact]
    public async Task The_scheduler_closes_bidding_by_itself_once_the_deadline_and_its_grace_have_passed()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(1));
        await (await (await AsAsync(Demo.University)).PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync();
        var closesAt = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Terms.ClosesAt;

        Host.Clock.AdvanceTo(closesAt.AddSeconds(3));

        (await WaitForStatusAsync(bureau, id, ChallengeStatus.BiddingClosed)).Commitments.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Fifty_organisations_bidding_at_the_same_moment_all_land()
    {
        var bureau = await AsAsync(Demo.CityBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(3));
        var bidders = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, bureau)));

        var responses = await Task.WhenAll(bidders.Select(b => b.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).BidCount.ShouldBe(50);
    }

    [Fact]
    public async Task One_organisation_submitting_twice_at_the_same_moment_gets_one_bid_and_one_409()
    {
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(3));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");
        }

        (await university.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={id}")).Items.Count(b => b.ChallengeId.ToString() == id).ShouldBe(1);
        (await university.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).BidCount.ShouldBe(1);
    }
}
