using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>A pass mark per challenge: no award below it; the bureau re-publishes with a later deadline or closes it as 流榜.</summary>
public sealed class PassMarkTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    /// <summary>Bids reviewed by three experts at 7-7-7 (a total of 70) against a pass mark of 75.</summary>
    private async Task<ClosedChallenge> BelowThePassMarkAsync()
    {
        var challenge = await ClosedChallenge.StartAsync(
            Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University), await AsAsync(Institute)], passMark: 75m);
        await challenge.ReviewAsync(await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync)), (_, _) => (7, 7, 7));
        return challenge;
    }

    [Fact]
    public async Task When_no_bid_reaches_the_pass_mark_there_is_no_award_and_the_bureau_closes_it_as_unfilled()
    {
        var challenge = await BelowThePassMarkAsync();
        var (id, bureau) = (challenge.Id, challenge.Bureau);
        await FeedbackAsync(bureau, id, challenge.BidIds[1]);

        (await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "pass-mark-not-reached"))
            .Detail.ShouldBe("No bid reached the pass mark of 75; re-publish the challenge with a later deadline, or close it as 流榜.");
        await (await (await AsAsync(Demo.HaishuBureau)).PostAsync($"/api/challenges/{id}/unfilled", new { reason = "无方案达到及格分" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await bureau.PostAsync($"/api/challenges/{id}/unfilled", new { reason = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/challenges/{id}/unfilled", new { reason = "两份方案均未达到75分的及格分，流榜" })).ShouldBeOkAsync();

        var page = await (await AsAsync(Demo.Broker)).GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (page.Status, page.UnfilledReason, page.Terms.PassMark, page.Winners.Count).ShouldBe((ChallengeStatus.Unfilled, "两份方案均未达到75分的及格分，流榜", 75m, 0));
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
    }

    [Fact]
    public async Task Re_publishing_opens_bidding_again_until_a_later_deadline_and_the_next_close_labels_every_standing_bid()
    {
        var challenge = await BelowThePassMarkAsync();
        var (id, bureau) = (challenge.Id, challenge.Bureau);
        var later = Host.Clock.GetUtcNow().AddHours(3); // the test clock moves past it

        await (await bureau.PostAsync($"/api/challenges/{id}/republish", new { closesAt = Host.Clock.GetUtcNow().AddMinutes(-1), reason = "延长揭榜期" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/challenges/{id}/republish", new { closesAt = later, reason = "无方案达到及格分，延长揭榜期三小时" })).ShouldBeOkAsync();

        var page = await (await AsAsync(Demo.Broker)).GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (page.Status, page.Terms.ClosesAt, page.Commitments.Count).ShouldBe((ChallengeStatus.Published, later, 0));
        page.Republications.ShouldHaveSingleItem().Reason.ShouldBe("无方案达到及格分，延长揭榜期三小时");

        // A newcomer bids in the new window; the earlier bids stand and are labelled again at the next close.
        var newcomer = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        await (await newcomer.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        (await CloseBiddingAsync(Host, bureau, id)).Commitments.Count.ShouldBe(3);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
    }

    [Fact]
    public async Task Funding_rules_are_checked_when_the_bureau_drafts_and_when_a_team_bids()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var need = await AcceptedAsync(enterprise, bureau, Content(Marker())); // budget range 500 000 – 1 200 000.50
        var now = Host.Clock.GetUtcNow();

        var outOfRange = await bureau.PostAsync("/api/challenges", Draft(Marker(), [(need, 1_300_000m)], now, now.AddDays(3)));
        (await outOfRange.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["needs[0].amount"]);
        var tooMuchSubsidy = Draft(Marker(), [(need, 500_000m)], now, now.AddDays(3));
        tooMuchSubsidy["governmentSubsidy"] = 500_000.01m;
        (await (await bureau.PostAsync("/api/challenges", tooMuchSubsidy)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["governmentSubsidy"]);

        // A horse race of two on a bounty of 1 500 000: a team asks at most 750 000.
        var race = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(3), "HorseRace", winners: 2);
        var university = await AsAsync(Demo.University);
        (await (await university.PostAsync($"/api/challenges/{race}/bids", Bid(Marker(), budget: 750_000.01m))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["budget"]);
        await (await university.PostAsync($"/api/challenges/{race}/bids", Bid(Marker(), budget: 750_000m))).ShouldBeOkAsync<BidReceipt>();
    }
}
