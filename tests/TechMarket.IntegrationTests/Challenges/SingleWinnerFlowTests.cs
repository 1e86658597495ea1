using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>揭榜挂帅 end to end over HTTP: bids, blind review with conflict checks, feedback, award, 市场判题.</summary>
public sealed class SingleWinnerFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task A_single_winner_challenge_runs_from_bids_to_completion()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var university = await AsAsync(Demo.University);
        var institute = await AsAsync(Institute);
        var (id, bids) = await ClosedWithBidsAsync(Host, enterprise, bureau, [university, institute]);
        var (universityBid, instituteBid) = (bids[0], bids[1]);
        var labels = await LabelsAsync(bureau, id, bids);
        var (universityLabel, instituteLabel) = (labels[0], labels[1]);
        var experts = await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync));

        var conflicted = await bureau.PostAsync($"/api/challenges/{id}/experts", new { expertId = await ExpertIdAsync(await AsAsync("expert.zhao@techmarket.demo")) });
        (await conflicted.ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-conflict-same-organisation")).GetProperty("detail").GetString()!.ShouldContain("甬城大学");
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
        }

        var blind = await experts[0].GetJsonAsync($"/api/challenges/{id}/bids");
        blind.GetArrayLength().ShouldBe(2);
        var revealsIdentity = blind.EnumerateArray().Any(b => b.TryGetProperty("organisationName", out _) || b.TryGetProperty("organisationId", out _));
        revealsIdentity.ShouldBeFalse();
        (await experts[0].GetJsonAsync($"/api/bids/{universityBid}")).GetProperty("label").GetString().ShouldNotBeNullOrEmpty();
        await (await (await AsAsync("expert.zhou@techmarket.demo")).PutAsync($"/api/challenges/{id}/bids/{universityLabel}/scores", Scores(5, 5, 5)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-assigned");
        await (await experts[0].PutAsync($"/api/challenges/{id}/bids/{universityLabel}/scores", Scores(11, 5, 5))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-enough-reviews");

        foreach (var expert in experts)
        {
            await ScoreAsync(expert, id, universityLabel, 9, 8, 7);
            await ScoreAsync(expert, id, instituteLabel, 6, 7, 8);
        }

        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "feedback-missing");
        await FeedbackAsync(bureau, id, instituteBid);
        var ranking = await bureau.GetJsonAsync($"/api/challenges/{id}/ranking");
        ranking[0].GetProperty("bidId").GetString().ShouldBe(universityBid);
        ranking[0].GetProperty("score").GetDecimal().ShouldBe(83m); // 9×5 + 8×3 + 7×2
        ranking[1].GetProperty("score").GetDecimal().ShouldBe(67m); // 6×5 + 7×3 + 8×2
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();

        var page = await (await AsAsync(Demo.Broker)).GetJsonAsync($"/api/challenges/{id}");
        page.GetProperty("status").GetString().ShouldBe("Awarded");
        var winner = page.GetProperty("winners").EnumerateArray().Single();
        winner.GetProperty("organisationName").GetString().ShouldBe("甬城大学");
        winner.GetProperty("funding").GetDecimal().ShouldBe(1_500_000m);

        var won = MyBid(await university.GetJsonAsync("/api/bids/mine"), universityBid).GetProperty("result");
        won.GetProperty("won").GetBoolean().ShouldBeTrue();
        won.GetProperty("rank").GetInt32().ShouldBe(1);
        var lost = MyBid(await institute.GetJsonAsync("/api/bids/mine"), instituteBid).GetProperty("result");
        lost.GetProperty("won").GetBoolean().ShouldBeFalse();
        lost.GetProperty("reason").GetString().ShouldBe("TechnicalApproachWeak");
        lost.GetProperty("comment").GetString().ShouldBe("建议补充中试数据");
        lost.GetProperty("averages").EnumerateArray().Select(a => (a.GetProperty("criterion").GetString(), a.GetProperty("average").GetDecimal()))
            .ShouldBe([("approach", 6m), ("team", 7m), ("budget", 8m)]);
        await (await institute.GetAsync($"/api/bids/{universityBid}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync($"/api/challenges/{id}")).GetProperty("status").GetString().ShouldBe("Completed");
    }

    [Fact]
    public async Task Two_awards_at_the_same_moment_succeed_once_and_never_fail_with_a_500()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var (id, _) = await ClosedWithBidsAsync(Host, await AsAsync(Demo.Enterprise), bureau, [await AsAsync(Demo.University)]);
        foreach (var expert in await Task.WhenAll(ConflictFreeExperts.Take(3).Select(AsAsync)))
        {
            await AssignAsync(bureau, id, expert);
            await ScoreAsync(expert, id, "A", 7, 7, 7);
        }

        var otherOfficer = await AsAsync(Demo.CityBureau);
        var answers = await Task.WhenAll(bureau.PostAsync($"/api/challenges/{id}/award"), otherOfficer.PostAsync($"/api/challenges/{id}/award"));

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(1);
        answers.Single(a => a.StatusCode != HttpStatusCode.NoContent).StatusCode.ShouldBeOneOf(HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed);
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("winners").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_expert_whose_organisation_contracted_with_a_bidder_in_the_last_three_years_is_not_assigned()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        // A fresh university, so the contract below does not follow the demo organisations into other tests.
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var (id, _) = await ClosedWithBidsAsync(Host, await AsAsync(Demo.Enterprise), bureau, [university]);
        var universityId = Guid.Parse((await university.GetJsonAsync("/api/organisations/mine")).GetProperty("id").GetString()!);
        var expert = await AsAsync("expert.wang@techmarket.demo");
        var expertOrganisation = Guid.Parse((await expert.GetJsonAsync("/api/organisations/mine")).GetProperty("id").GetString()!);

        // The contracts module (a later issue) appends this when the bureau registers a contract.
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var registered = ContractFacts.Registered(expertOrganisation, universityId, DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime.AddYears(-2)));
            session.Events.StartStream(registered.ContractId, registered);
            await session.SaveChangesAsync();
        }

        var refused = await bureau.PostAsync($"/api/challenges/{id}/experts", new { expertId = await ExpertIdAsync(expert) });
        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-conflict-recent-contract");
    }
}
