using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>赛马制 end to end over HTTP: two teams funded in parallel, staged funding, elimination at a gate.</summary>
public sealed class HorseRaceFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task The_top_two_of_a_trimmed_ranking_win_and_get_the_first_stage_of_their_funding()
    {
        var third = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau),
            [await AsAsync(Demo.University), await AsAsync(Institute), third], "HorseRace", winners: 2);

        // Five reviewers: each bid's highest and lowest totals are dropped.
        int[][] approachScores = [[9, 9, 8, 10, 2], [8, 7, 8, 8, 8], [5, 6, 5, 5, 5]];
        await challenge.ReviewAsync(await Task.WhenAll(ConflictFreeExperts.Select(AsAsync)), (bid, expert) => (approachScores[bid][expert], 7, 7));

        // Totals are 5 × approach + 35. Bid A: 80, 80, 75, 85, 45 → without 85 and 45: 78.33 (untrimmed 73 would
        // rank it below bid B: 75, 70, 75, 75, 75 → 75, untrimmed 74).
        var ranking = await challenge.Bureau.GetJsonAsync<List<RankingRow>>($"/api/challenges/{challenge.Id}/ranking");
        ranking.Take(2).Select(r => (r.BidId.ToString(), r.Score)).ShouldBe([(challenge.BidIds[0], 78.33m), (challenge.BidIds[1], 75m)]);
        await FeedbackAsync(challenge.Bureau, challenge.Id, challenge.BidIds[2], "RankedBelowWinners");
        await (await challenge.Bureau.PostAsync($"/api/challenges/{challenge.Id}/award")).ShouldBeOkAsync();

        var page = await challenge.Bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{challenge.Id}");
        // Each team asked for 700 000 of its share of 1 500 000 ÷ 2 = 750 000; 40 % is released at the award.
        page.Winners.Select(w => w.Funding).ShouldBe([700_000m, 700_000m]);
        page.Unawarded.ShouldBe(100_000m);
        var stages = await challenge.Bureau.GetJsonAsync<StagesView>($"/api/challenges/{challenge.Id}/stages");
        stages.Teams.Select(t => t.Released).ShouldBe([280_000m, 280_000m]);
    }

    [Fact]
    public async Task Stage_gates_release_funding_in_order_and_stop_funding_an_eliminated_team()
    {
        var third = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [await AsAsync(Demo.University), await AsAsync(Institute), third], "HorseRace", winners: 2);
        var (id, bids, labels) = (awarded.Id, awarded.Challenge.BidIds, awarded.Challenge.Labels);
        var (enterprise, bureau) = (awarded.Challenge.Enterprise, awarded.Challenge.Bureau);

        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "stages-pending");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new { decisions = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "wrong-stage");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/1/gate", new
        {
            decisions = new object[]
            {
                new { bidId = bids[0], outcome = "Continue", note = "中期指标达成" },
                new { bidId = bids[1], outcome = "Eliminate", note = "循环保持率未达中期目标" },
            },
        })).ShouldBeOkAsync();

        var teams = (await bureau.GetJsonAsync<StagesView>($"/api/challenges/{id}/stages")).Teams.ToDictionary(t => t.BidId.ToString()!);
        (teams[bids[0]].Released, teams[bids[0]].Eliminated, teams[bids[0]].Returned).ShouldBe((700_000m, false, 0m));
        (teams[bids[1]].Released, teams[bids[1]].Eliminated, teams[bids[1]].Returned).ShouldBe((280_000m, true, 420_000m));
        var publicTeams = (await (await AsAsync(Demo.Broker)).GetJsonAsync<StagesView>($"/api/challenges/{id}/stages")).Teams;
        publicTeams.Select(t => t.Label).ShouldBe([labels[0], labels[1]]);
        publicTeams.ShouldAllBe(t => t.BidId == null);
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.InProgress);

        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new
        {
            decisions = new object[] { new { bidId = bids[1], outcome = "Continue", note = (string?)null } },
        })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "team-eliminated");
        await (await bureau.PostAsync($"/api/challenges/{id}/stages/2/gate", new
        {
            decisions = new object[] { new { bidId = bids[0], outcome = "Continue", note = "最终验收通过" } },
        })).ShouldBeOkAsync();
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeOkAsync();
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.Completed);
    }
}
