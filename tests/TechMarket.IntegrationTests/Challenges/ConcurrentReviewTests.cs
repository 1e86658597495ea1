using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class ConcurrentReviewTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Five_experts_scoring_at_the_same_moment_all_land()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var (id, _) = await ClosedWithBidsAsync(Host, await AsAsync(Demo.Enterprise), bureau, [await AsAsync(Demo.University)]);
        var experts = await Task.WhenAll(ConflictFreeExperts.Select(AsAsync));
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
        }

        var answers = await Task.WhenAll(experts.Select(e => e.PutAsync($"/api/challenges/{id}/bids/A/scores", Scores(8, 7, 6))));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.NoContent);
        (await bureau.GetJsonAsync($"/api/challenges/{id}/ranking"))[0].GetProperty("reviews").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task A_write_with_a_stale_If_Match_is_not_retried_but_refused_with_412()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var (id, bids) = await ClosedWithBidsAsync(Host, await AsAsync(Demo.Enterprise), bureau, [await AsAsync(Demo.University)]);
        var expert = await AsAsync(ConflictFreeExperts[0]);
        var seen = (await bureau.GetAsync($"/api/challenges/{id}")).ETag();
        await AssignAsync(bureau, id, expert);

        var stale = await bureau.SendAsync(HttpMethod.Put, $"/api/challenges/{id}/bids/{bids[0]}/feedback", new { reason = "PoorFitToNeed", comment = (string?)null }, seen);

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale-version");
    }
}
