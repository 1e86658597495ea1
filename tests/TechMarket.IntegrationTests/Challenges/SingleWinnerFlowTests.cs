using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>揭榜挂帅 end to end over HTTP: blind review with conflict checks, feedback, award, then results and 市场判题.</summary>
public sealed class SingleWinnerFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task Experts_review_blind_and_the_award_waits_for_enough_reviews_and_every_loser_s_feedback()
    {
        var challenge = await ClosedChallenge.StartAsync(
            Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University), await AsAsync(Institute)]);
        var (id, bureau) = (challenge.Id, challenge.Bureau);
        var experts = await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync));

        var conflicted = await bureau.PostAsync($"/api/challenges/{id}/experts", new { expertId = await ExpertIdAsync(await AsAsync("expert.zhao@techmarket.demo")) });
        (await conflicted.ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-conflict-same-organisation")).Detail!.ShouldContain("甬城大学");
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
        }

        // Read as the blind view, which refuses any field it does not have: no organisation reaches a reviewer.
        (await experts[0].GetJsonAsync<List<BlindBidView>>($"/api/challenges/{id}/bids")).Count.ShouldBe(2);
        (await experts[0].GetJsonAsync<BlindBidView>($"/api/bids/{challenge.BidIds[0]}")).Label.ShouldBe(challenge.Labels[0]);
        await (await (await AsAsync("expert.zhou@techmarket.demo")).PutAsync($"/api/challenges/{id}/bids/{challenge.Labels[0]}/scores", Scores(5, 5, 5)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-assigned");
        await (await experts[0].PutAsync($"/api/challenges/{id}/bids/{challenge.Labels[0]}/scores", Scores(11, 5, 5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-enough-reviews");

        foreach (var expert in experts)
        {
            await ScoreAsync(expert, id, challenge.Labels[0], 9, 8, 7);
            await ScoreAsync(expert, id, challenge.Labels[1], 6, 7, 8);
        }

        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "feedback-missing");
        await FeedbackAsync(bureau, id, challenge.BidIds[1]);
        var ranking = await bureau.GetJsonAsync<List<RankingRow>>($"/api/challenges/{id}/ranking");
        ranking.Select(r => (r.BidId.ToString(), r.Score, r.Reviews, r.EnoughReviews)).ShouldBe(
            [(challenge.BidIds[0], 83m, 3, true), (challenge.BidIds[1], 67m, 3, true)]); // 9×5 + 8×3 + 7×2; 6×5 + 7×3 + 8×2
        ranking[1].Feedback.ShouldBe(FeedbackReason.TechnicalApproachWeak);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.InPublicity);
    }

    [Fact]
    public async Task After_the_award_the_winner_is_public_every_bidder_reads_its_result_and_the_funder_completes_it()
    {
        var university = await AsAsync(Demo.University);
        var institute = await AsAsync(Institute);
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [university, institute]);
        var (id, universityBid, instituteBid) = (awarded.Id, awarded.Challenge.BidIds[0], awarded.Challenge.BidIds[1]);

        var page = await (await AsAsync(Demo.Broker)).GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        page.Status.ShouldBe(ChallengeStatus.Awarded);
        var winner = page.Winners.ShouldHaveSingleItem();
        // Funded what its bid asked for (700 000), not the whole bounty of 1 500 000; the rest is shown.
        (winner.OrganisationName, winner.Funding, page.Unawarded).ShouldBe(("甬城大学", 700_000m, 800_000m));

        var won = (await MyBidAsync(university, universityBid)).Result.ShouldNotBeNull();
        (won.Won, won.Rank).ShouldBe((true, 1));
        var lost = (await MyBidAsync(institute, instituteBid)).Result.ShouldNotBeNull();
        (lost.Won, lost.Reason, lost.Comment).ShouldBe((false, FeedbackReason.TechnicalApproachWeak, "建议补充中试数据"));
        lost.Averages.Select(a => (a.Criterion, a.Average)).ShouldBe([("approach", 6m), ("team", 7m), ("budget", 8m)]);
        await (await institute.GetAsync($"/api/bids/{universityBid}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var enterprise = awarded.Challenge.Enterprise;
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-delivered");
        await (await university.PostAsync($"/api/challenges/{id}/delivery", new { report = "中试线连续运行30天，指标全部达成。", attachmentIds = Array.Empty<string>() }))
            .ShouldBeOkAsync();
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.Completed);
    }

    [Fact]
    public async Task Two_awards_at_the_same_moment_succeed_once_and_never_fail_with_a_500()
    {
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University)]);
        await challenge.ReviewAsync(await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync)), (_, _) => (7, 7, 7));

        var otherOfficer = await AsAsync(Demo.CityBureau);
        var answers = await Task.WhenAll(challenge.Bureau.PostAsync($"/api/challenges/{challenge.Id}/award"), otherOfficer.PostAsync($"/api/challenges/{challenge.Id}/award"));

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        answers.Single(a => a.StatusCode != HttpStatusCode.NoContent).StatusCode.ShouldBeOneOf(HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed);
        (await challenge.Bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{challenge.Id}")).Winners.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_expert_whose_organisation_contracted_with_a_bidder_in_the_last_three_years_is_not_assigned()
    {
        // A fresh university, so the contract below does not follow the demo organisations into other tests.
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [university]);
        var universityId = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var expert = await AsAsync("expert.wang@techmarket.demo");
        var expertOrganisation = (await expert.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;

        // The contracts module (a later issue) appends this when the bureau registers a contract.
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var registered = ContractFacts.Registered(expertOrganisation, universityId, DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime.AddYears(-2)));
            session.Events.StartStream(registered.ContractId, registered);
            await session.SaveChangesAsync();
        }

        var refused = await challenge.Bureau.PostAsync($"/api/challenges/{challenge.Id}/experts", new { expertId = await ExpertIdAsync(expert) });
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-conflict-recent-contract");
    }
}
