using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>Staged disclosure and the need behind a challenge (issue 9, rule 6): the NDA unlocks the details only for
/// organisations eligible to bid while bidding is open; a need a published challenge holds is not withdrawn but asked
/// back from the bureau, which may cancel; the bureau's refinement is recorded part by part for the enterprise.</summary>
public sealed class StagedDisclosureTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task The_nda_unlocks_the_details_for_eligible_organisations_while_bidding_is_open_and_for_funders_always()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(5));
        var (other, university, institute) = (await AsAsync(Demo.OtherEnterprise), await AsAsync(Demo.University), await AsAsync(Institute));

        // Open to universities and institutes: another enterprise may read the challenge but not unlock its details.
        await (await other.PostAsync($"/api/challenges/{id}/nda")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-eligible");
        (await other.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).ConfidentialDetails.ShouldBeNull();
        await (await university.PostAsync($"/api/challenges/{id}/nda")).ShouldBeOkAsync();

        await CloseBiddingAsync(Host, bureau, id);
        await (await institute.PostAsync($"/api/challenges/{id}/nda")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        (await institute.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).ConfidentialDetails.ShouldBeNull();
        (await university.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).ConfidentialDetails.ShouldNotBeNull().ShouldContain("回转窑");
        await (await enterprise.PostAsync($"/api/challenges/{id}/nda")).ShouldBeOkAsync();

        var log = await bureau.GetJsonAsync<List<Disclosure>>($"/api/challenges/{id}/disclosures");
        log.Select(d => d.OrganisationName).ShouldBe(["甬城大学", "宁波甬江新材料科技有限公司"]);
    }

    [Fact]
    public async Task A_need_a_published_challenge_holds_is_asked_back_from_the_bureau_which_cancels_the_challenge()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(5));
        var needId = (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Funding.Single().NeedId;

        await (await enterprise.PostAsync($"/api/needs/{needId}/withdraw", new { reason = "产线改造计划取消" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "need-in-challenge");
        await (await enterprise.PostAsync($"/api/needs/{needId}/withdrawal-request", new { reason = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await enterprise.PostAsync($"/api/needs/{needId}/withdrawal-request", new { reason = "产线改造计划取消" })).ShouldBeOkAsync();

        var asked = await bureau.GetJsonAsync<NeedView>($"/api/needs/{needId}");
        (asked.Status, asked.WithdrawalRequest?.Reason).ShouldBe((NeedStatus.Accepted, "产线改造计划取消"));
        // Anyone else reads the public summary, which says nothing of the request.
        (await (await (await AsAsync(Demo.University)).GetAsync($"/api/needs/{needId}")).Content.ReadAsStringAsync()).ShouldNotContain("产线改造计划取消");

        await (await bureau.PostAsync($"/api/challenges/{id}/cancel", new { reason = "出资企业申请撤回需求" })).ShouldBeOkAsync();
        await (await enterprise.PostAsync($"/api/needs/{needId}/withdrawal-request", new { reason = "再次申请" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-held");
        await (await enterprise.PostAsync($"/api/needs/{needId}/withdraw", new { reason = "产线改造计划取消" })).ShouldBeOkAsync();
        var withdrawn = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{needId}");
        (withdrawn.Status, withdrawn.WithdrawalRequest).ShouldBe((NeedStatus.Withdrawn, null));
    }

    [Fact]
    public async Task The_bureau_s_refinement_is_recorded_part_by_part_for_the_enterprise()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var (needId, _) = await SubmittedAsync(enterprise, Content(Marker()));
        var before = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{needId}");

        await (await bureau.PostAsync($"/api/needs/{needId}/accept", new { refinedBudgetMin = 2_000_000m, refinedBudgetMax = 1_000_000m }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await bureau.PostAsync($"/api/needs/{needId}/accept", new
            {
                refinedDescription = "45℃下循环1000次容量保持率不低于90%，首效不低于88%，与现有回转窑产线兼容。",
                refinedIndicators = "容量保持率≥90%（45℃，1000次）；首效≥88%",
                refinedBudgetMax = 1_600_000m,
            }))
            .ShouldBeOkAsync();

        var after = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{needId}");
        (after.Status, after.Indicators, after.BudgetMax).ShouldBe((NeedStatus.Accepted, "容量保持率≥90%（45℃，1000次）；首效≥88%", 1_600_000m));
        after.Refinements.Select(r => (r.Part, r.Before, r.After)).ShouldBe([
            ("description", before.Description, "45℃下循环1000次容量保持率不低于90%，首效不低于88%，与现有回转窑产线兼容。"),
            ("indicators", null, "容量保持率≥90%（45℃，1000次）；首效≥88%"),
            ("budgetMax", "1200000.5", "1600000"),
        ]);
        // The public reads the summary of an accepted need, never the description the bureau rewrote.
        (await (await (await AsAsync(Demo.University)).GetAsync($"/api/needs/{needId}")).Content.ReadAsStringAsync()).ShouldNotContain("首效不低于88%");
    }
}
