using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>随机抽取 over HTTP: the bureau draws a panel with an alternate, one drawn expert recuses from a bid, another
/// declines and the alternate takes their place; the bureau reads it all, with the seed, in the review log.</summary>
public sealed class ExpertDrawFlowTests(TechMarketHost host) : ApiTest(host)
{
    /// <summary>The demo experts of field 0401 (the scenarios' field); 赵 belongs to 甬城大学, a bidder here.</summary>
    private static readonly string[] FieldExperts = [.. ConflictFreeExperts.Where(e => e != "expert.wang@techmarket.demo"), "expert.zhao@techmarket.demo"];

    [Fact]
    public async Task A_random_draw_with_a_recusal_and_an_alternate_replacing_an_expert_who_declined()
    {
        var challenge = await ClosedChallenge.StartAsync(
            Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University), await AsAsync("institute@techmarket.demo")]);
        var (id, bureau) = (challenge.Id, challenge.Bureau);
        var experts = new Dictionary<Guid, HttpClient>();
        foreach (var email in FieldExperts)
        {
            var client = await AsAsync(email);
            experts[Guid.Parse(await ExpertIdAsync(client))] = client;
        }

        await (await (await AsAsync(Demo.HaishuBureau)).PostAsync($"/api/challenges/{id}/experts/draw", new { count = 3, alternates = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await bureau.PostAsync($"/api/challenges/{id}/experts/draw", new { count = 5, alternates = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "pool-too-small");
        var draw = await (await bureau.PostAsync($"/api/challenges/{id}/experts/draw", new { count = 3, alternates = 1 })).ShouldBeOkAsync<DrawLogEntry>();

        // 赵 is of the field but of a bidder: left out, with the reason. The other four are drawn or the alternate, in the
        // order anyone can recompute from the seed.
        var zhao = experts.Keys.Last();
        draw.Excluded.ShouldBe([new ExcludedExpert(zhao, draw.Excluded.Single().Name, "expert-conflict-same-organisation")]);
        var order = experts.Keys.SkipLast(1).OrderBy(e => ExpertDraw.Key(draw.Seed, e), StringComparer.Ordinal).ToList();
        draw.Drawn.Select(d => d.ExpertId).ShouldBe(order.Take(3));
        var alternate = draw.Alternates.ShouldHaveSingleItem();
        alternate.ExpertId.ShouldBe(order[3]);
        (await experts[alternate.ExpertId].GetJsonAsync<List<ReviewAssignment>>("/api/reviews/mine")).ShouldNotContain(r => r.ChallengeId.ToString() == id);

        // The first drawn expert recuses from bid A, then may not score it; its other scores count.
        var (recusing, declining, staying) = (experts[order[0]], experts[order[1]], experts[order[2]]);
        var (a, b) = (challenge.Labels[0], challenge.Labels[1]);
        await (await recusing.PostAsync($"/api/challenges/{id}/bids/{a}/recusal", new { reason = "曾与该团队合作发表论文" })).ShouldBeOkAsync();
        await (await recusing.PutAsync($"/api/challenges/{id}/bids/{a}/scores", Scores(9, 9, 9))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "recused");
        await (await recusing.PostAsync($"/api/challenges/{id}/bids/{a}/recusal", new { reason = "再次声明" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-recused");
        await ScoreAsync(recusing, id, b, 6, 6, 6);
        var sheet = (await recusing.GetJsonAsync<List<ReviewAssignment>>("/api/reviews/mine")).Single(r => r.ChallengeId.ToString() == id);
        sheet.Bids.Single(x => x.Label == a).Recused.ShouldBeTrue();
        sheet.Bids.Single(x => x.Label == b).Recused.ShouldBeFalse();
        await (await recusing.PostAsync($"/api/challenges/{id}/experts/me/decline", new { reason = "时间冲突" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-scored");

        // The second declines before scoring: the alternate takes the place, and the one who declined is off the panel.
        await (await declining.PostAsync($"/api/challenges/{id}/experts/me/decline", new { reason = "评审期间出国访问" })).ShouldBeOkAsync();
        (await declining.GetJsonAsync<List<ReviewAssignment>>("/api/reviews/mine")).ShouldNotContain(r => r.ChallengeId.ToString() == id);
        await (await declining.PutAsync($"/api/challenges/{id}/bids/{a}/scores", Scores(5, 5, 5))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-assigned");
        foreach (var expert in new[] { staying, experts[alternate.ExpertId] })
        {
            await ScoreAsync(expert, id, a, 9, 8, 7);
            await ScoreAsync(expert, id, b, 6, 7, 8);
        }

        // A has two reviews (the recused expert's do not count), B three.
        var ranking = await bureau.GetJsonAsync<List<RankingRow>>($"/api/challenges/{id}/ranking");
        ranking.Single(r => r.Label == a).Reviews.ShouldBe(2);
        ranking.Single(r => r.Label == b).Reviews.ShouldBe(3);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-enough-reviews");

        var log = await bureau.GetJsonAsync<ReviewLog>($"/api/challenges/{id}/review-log");
        log.Draws.ShouldHaveSingleItem().Seed.ShouldBe(draw.Seed);
        log.Draws[0].Drawn.ShouldBe(draw.Drawn);
        var declined = log.Declines.ShouldHaveSingleItem();
        (declined.ExpertId, declined.Reason, declined.Replacement).ShouldBe((order[1], "评审期间出国访问", alternate));
        var recusal = log.Recusals.ShouldHaveSingleItem();
        (recusal.Label, recusal.BidId.ToString(), recusal.ExpertId, recusal.Reason).ShouldBe((a, challenge.BidIds[0], order[0], "曾与该团队合作发表论文"));
        log.Alternates.ShouldBeEmpty();
        await (await (await AsAsync(Demo.HaishuBureau)).GetAsync($"/api/challenges/{id}/review-log")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await recusing.GetAsync($"/api/challenges/{id}/review-log")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
