using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Needs;

/// <summary>Every organisation sees only its own drafts; the bureau sees its jurisdiction; confidential details stay with the owner and the bureau.</summary>
public sealed class NeedAccessTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Another_enterprise_can_neither_read_nor_change_a_draft()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var other = await AsAsync(Demo.OtherEnterprise);
        var (id, etag) = await DraftAsync(owner, Content(Marker()));

        await (await other.GetAsync($"/api/needs/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutAsync($"/api/needs/{id}", Content(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-owner");
        await (await other.PostAsync($"/api/needs/{id}/submit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostAsync($"/api/needs/{id}/withdraw", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await owner.GetAsync($"/api/needs/{id}")).ETag().ShouldBe(etag);
    }

    [Fact]
    public async Task Others_see_only_the_public_summary_of_an_accepted_need()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var content = Content(Marker());
        var id = await AcceptedAsync(owner, await AsAsync(Demo.ZhenhaiBureau), content);

        foreach (var reader in new[] { Demo.OtherEnterprise, Demo.University, Demo.Expert, Demo.Broker })
        {
            // The summary record has no description or confidential details: reading the answer as it refuses them.
            var need = await (await AsAsync(reader)).GetJsonAsync<NeedSummary>($"/api/needs/{id}");
            need.PublicSummary.ShouldBe((string)content["publicSummary"]!, reader);
        }

        var bureau = await (await AsAsync(Demo.CityBureau)).GetJsonAsync<NeedView>($"/api/needs/{id}");
        bureau.ConfidentialDetails.ShouldBe((string)content["confidentialDetails"]!);
        bureau.Description.ShouldBe((string)content["description"]!);
    }

    [Fact]
    public async Task A_bureau_officer_outside_the_district_cannot_decide_or_see_a_submitted_need()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var haishu = await AsAsync(Demo.HaishuBureau);
        var (id, etag) = await SubmittedAsync(owner, Content(Marker()));

        await (await haishu.PostAsync($"/api/needs/{id}/accept", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await haishu.PostAsync($"/api/needs/{id}/reject", new { reason = "不属于本区" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await haishu.GetAsync($"/api/needs/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var queue = await haishu.GetJsonAsync<Paged<NeedView>>("/api/needs/queue?pageSize=100");
        queue.Items.Select(n => n.Id.ToString()).ShouldNotContain(id);

        (await owner.GetAsync($"/api/needs/{id}")).ETag().ShouldBe(etag);
        await (await (await AsAsync(Demo.CityBureau)).PostAsync($"/api/needs/{id}/accept", new { })).ShouldBeOkAsync();
    }

    [Fact]
    public async Task The_bureau_does_not_see_drafts()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var (id, _) = await DraftAsync(owner, Content(Marker()));

        await (await (await AsAsync(Demo.ZhenhaiBureau)).GetAsync($"/api/needs/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await AsAsync(Demo.ZhenhaiBureau)).GetAsync("/api/needs/queue?status=Draft")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(Demo.University)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Broker)]
    [InlineData(Demo.CityBureau)]
    public async Task Only_enterprises_post_needs(string email)
    {
        var client = await AsAsync(email);

        await (await client.PostAsync("/api/needs", Content(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_enterprise_waiting_for_approval_cannot_post_needs_yet()
    {
        var pending = await AsAsync(Demo.PendingEnterprise);

        await (await pending.PostAsync("/api/needs", Content(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-not-approved");
    }

    [Fact]
    public async Task Enterprises_cannot_use_the_bureau_queue()
    {
        await (await (await AsAsync(Demo.Enterprise)).GetAsync("/api/needs/queue")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
