using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>公示 over HTTP: the proposed award is public with the winners' names and scores; a bidder objects; the bureau
/// upholds one objection (back to review) and dismisses another (reason recorded) before the award is final.</summary>
public sealed class PublicityFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task An_objection_upheld_sends_the_award_back_to_review_and_one_dismissed_lets_it_become_final()
    {
        var (university, institute) = (await AsAsync(Demo.University), await AsAsync(Institute));
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [university, institute]);
        var (id, bureau) = (challenge.Id, challenge.Bureau);
        await challenge.ReviewAsync(await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync)), (bid, _) => bid == 0 ? (9, 8, 7) : (6, 7, 8));
        await FeedbackAsync(bureau, id, challenge.BidIds[1]);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();

        var broker = await AsAsync(Demo.Broker);
        var page = await broker.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        page.Status.ShouldBe(ChallengeStatus.InPublicity);
        page.PublicityEndsAt.ShouldNotBeNull();
        page.Winners.Select(w => (w.OrganisationName, w.Score)).ShouldBe([("甬城大学", 83m)]);

        var first = (await (await institute.PostAsync($"/api/challenges/{id}/objections", new { reason = "专家未审阅我方附件中的中试报告" }))
            .ShouldBeOkAsync<ObjectionReceipt>()).ObjectionId;
        await (await broker.PostAsync($"/api/challenges/{id}/objections", new { reason = "我也有意见" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-bidder");
        await (await broker.GetAsync($"/api/challenges/{id}/objections")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await university.GetJsonAsync<List<ObjectionView>>($"/api/challenges/{id}/objections")).ShouldBeEmpty();
        await (await bureau.PostAsync($"/api/challenges/{id}/award/final")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "publicity-running");

        await (await bureau.PostAsync($"/api/challenges/{id}/objections/{first}/answer", new { upheld = true, answer = "经复核，B方案中试报告未送审，重新评审" }))
            .ShouldBeOkAsync();
        page = await broker.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (page.Status, page.Winners.Count, page.PublicityEndsAt).ShouldBe((ChallengeStatus.UnderReview, 0, null));

        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();
        var second = (await (await institute.PostAsync($"/api/challenges/{id}/objections", new { reason = "评分标准前后不一致" }))
            .ShouldBeOkAsync<ObjectionReceipt>()).ObjectionId;
        await (await bureau.PostAsync($"/api/challenges/{id}/objections/{second}/answer", new { upheld = false, answer = "评分标准已在榜单中公布，前后一致" }))
            .ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{id}/objections/{second}/answer", new { upheld = true, answer = "再议" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-answered");

        var mine = await institute.GetJsonAsync<List<ObjectionView>>($"/api/challenges/{id}/objections");
        mine.Select(o => (o.Id, o.OrganisationName, o.Upheld, o.Answer)).ShouldBe(
            [(first, "东海新材料技术研究院", (bool?)true, "经复核，B方案中试报告未送审，重新评审"), (second, "东海新材料技术研究院", false, "评分标准已在榜单中公布，前后一致")]);
        await AwardedChallenge.FinaliseAsync(Host, bureau, id);
        (await broker.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.Awarded);
    }
}
