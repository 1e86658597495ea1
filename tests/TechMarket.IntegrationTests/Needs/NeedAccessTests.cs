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
    public async Task The_bureau_finds_accepted_needs_by_their_words_or_enterprise_in_its_own_jurisdiction_only()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);
        var marker = Marker();
        var accepted = await AcceptedAsync(owner, zhenhai, Content(marker, title: "海水淡化反渗透膜抗污染改性"));
        var (waiting, _) = await SubmittedAsync(owner, Content(marker, title: "海水淡化反渗透膜抗污染改性"));

        // By its marker in any case: the accepted one, not the one still waiting (which its own status finds).
        var found = await zhenhai.GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?status=Accepted&q={marker.ToLowerInvariant()}");
        found.Items.Select(n => n.Id.ToString()).ShouldBe([accepted]);
        found.Total.ShouldBe(1);
        (await zhenhai.GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?q={marker}")).Items.Select(n => n.Id.ToString()).ShouldBe([waiting]);

        // By the enterprise's name: only its needs.
        var enterprise = found.Items[0].OrganisationName;
        var byName = await zhenhai.GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?status=Accepted&pageSize=100&q={Uri.EscapeDataString(enterprise)}");
        byName.Total.ShouldBeGreaterThan(0);
        byName.Items.ShouldAllBe(n => n.OrganisationName == enterprise);

        // Another district's officer finds nothing by the same words.
        (await (await AsAsync(Demo.HaishuBureau)).GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?status=Accepted&q={marker}")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_queue_lists_waiting_needs_first_come_first_and_decided_ones_latest_first()
    {
        var owner = await AsAsync(Demo.Enterprise);
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);
        var marker = Marker();
        var (first, _) = await SubmittedAsync(owner, Content(marker));
        var (second, _) = await SubmittedAsync(owner, Content(marker));

        (await zhenhai.GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?q={marker}")).Items.Select(n => n.Id.ToString()).ShouldBe([first, second]);

        await (await zhenhai.PostAsync($"/api/needs/{first}/accept", new { })).ShouldBeOkAsync();
        await (await zhenhai.PostAsync($"/api/needs/{second}/accept", new { })).ShouldBeOkAsync();
        (await zhenhai.GetJsonAsync<Paged<NeedView>>($"/api/needs/queue?status=Accepted&q={marker}")).Items.Select(n => n.Id.ToString()).ShouldBe([second, first]);
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
