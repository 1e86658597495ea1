using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges.Review;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class ConcurrentReviewTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Five_experts_scoring_at_the_same_moment_all_land()
    {
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University)]);
        var experts = await Task.WhenAll(ConflictFreeExperts.Select(AsAsync));
        await challenge.AssignAsync(experts);

        var answers = await Task.WhenAll(experts.Select(e => e.PutAsync($"/api/challenges/{challenge.Id}/bids/A/scores", Scores(8, 7, 6))));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.NoContent);
        (await challenge.Bureau.GetJsonAsync<List<RankingRow>>($"/api/challenges/{challenge.Id}/ranking"))[0].Reviews.ShouldBe(5);
    }

    [Fact]
    public async Task A_write_with_a_stale_If_Match_is_not_retried_but_refused_with_412()
    {
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University)]);
        var bureau = challenge.Bureau;
        var expert = await AsAsync(ConflictFreeExperts[0]);
        var seen = (await bureau.GetAsync($"/api/challenges/{challenge.Id}")).ETag();
        await AssignAsync(bureau, challenge.Id, expert);

        var feedback = new { reason = "PoorFitToNeed", comment = (string?)null };
        var stale = await bureau.SendAsync(HttpMethod.Put, $"/api/challenges/{challenge.Id}/bids/{challenge.BidIds[0]}/feedback", feedback, seen);

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale-version");
    }
}
