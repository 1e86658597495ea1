using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>赛马制 end to end over HTTP: two teams funded in parallel, staged funding, elimination at a gate.</summary>
public sealed class HorseRaceFlowTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_horse_race_funds_the_top_two_in_stages_and_stops_funding_an_eliminated_team()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var third = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var (id, bids) = await ClosedWithBidsAsync(
            Host, enterprise, bureau, [await AsAsync(Demo.University), await AsAsync("institute@techmarket.demo"), third], "HorseRace", winners: 2);
        var labels = await LabelsAsync(bureau, id, bids);
        var experts = await Task.WhenAll(ConflictFreeExperts.Select(AsAsync));
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
        }

        // Five reviewers: each bid's highest and lowest totals are dropped.
        int[][] approachScores = [[9, 9, 8, 10, 2], [8, 7, 8, 8, 8], [5, 6, 5, 5, 5]];
        for (var bid = 0; bid < 3; bid++)
        {
            for (var e = 0; e < experts.Length; e++)
            {
                await ScoreAsync(experts[e], id, labels[bid], approachScores[bid][e], 7, 7);
            }
        }

        var ranking = await bureau.GetJsonAsync($"/api/challenges/{id}/ranking");
        ranking[0].GetProperty("bidId").GetString().ShouldBe(bids[0]);
        // Totals are 5 × approach + 35. Bid A: 80, 80, 75, 85, 45 → without 85 and 45: 78.33 (untrimmed 73 would
        // rank it below bid B: 75, 70, 75, 75, 75 → 75, untrimmed 74).
        ranking[0].GetProperty("score").GetDecimal().ShouldBe(78.33m);
        ranking[1].GetProperty("bidId").GetString().ShouldBe(bids[1]);
        ranking[1].GetProperty("score").GetDecimal().ShouldBe(75m);
        await FeedbackAsync(bureau, id, bids[2], "RankedBelowWinners");
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();

        var page = await bureau.GetJsonAsync($"/api/challenges/{id}");
        page.GetProperty("winners").EnumerateArray().Select(w => w.GetProperty("funding").GetDecimal()).ShouldBe([750_000m, 750_000m]);
        var afterAward = await bureau.GetJsonAsync($"/api/challenges/{id}/stages");
        afterAward.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("released").GetDecimal()).ShouldBe([300_000m, 300_000m]);

        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "stages-pending");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new { decisions = Array.Empty<object>() })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "wrong-stage");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/1/gate", new
        {
            decisions = new object[]
            {
                new { bidId = bids[0], outcome = "Continue", note = "中期指标达成" },
                new { bidId = bids[1], outcome = "Eliminate", note = "循环保持率未达中期目标" },
            },
        })).ShouldBeOkAsync();

        var afterGate = await bureau.GetJsonAsync($"/api/challenges/{id}/stages");
        var teams = afterGate.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("bidId").GetString()!);
        teams[bids[0]].GetProperty("released").GetDecimal().ShouldBe(750_000m);
        teams[bids[1]].GetProperty("released").GetDecimal().ShouldBe(300_000m);
        teams[bids[1]].GetProperty("eliminated").GetBoolean().ShouldBeTrue();
        var publicTeams = (await (await AsAsync(Demo.Broker)).GetJsonAsync($"/api/challenges/{id}/stages")).GetProperty("teams").EnumerateArray().ToList();
        publicTeams.Select(t => t.GetProperty("label").GetString()).ShouldBe([labels[0], labels[1]]);
        publicTeams.ShouldAllBe(t => t.GetProperty("bidId").ValueKind == System.Text.Json.JsonValueKind.Null);
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("status").GetString().ShouldBe("InProgress");

        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new
        {
            decisions = new object[] { new { bidId = bids[1], outcome = "Continue", note = (string?)null } },
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "team-eliminated");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new
        {
            decisions = new object[] { new { bidId = bids[0], outcome = "Continue", note = "最终验收通过" } },
        })).ShouldBeOkAsync();
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeOkAsync();
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("status").GetString().ShouldBe("Completed");
    }
}
