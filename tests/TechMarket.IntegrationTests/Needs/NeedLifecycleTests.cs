using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Needs;

public sealed class NeedLifecycleTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_need_goes_from_draft_to_the_public_list_with_the_bureaus_refinement()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var university = await AsAsync(Demo.University);
        var marker = Marker();

        var (id, etag) = await DraftAsync(enterprise, Content(marker));
        etag.ShouldBe("\"1\"");
        var edited = Content(marker, title: "高镍三元正极材料循环寿命");
        var edit = await enterprise.PutAsync($"/api/needs/{id}", edited, ifMatch: etag);
        await edit.ShouldBeOkAsync();
        edit.ETag().ShouldBe("\"2\"");
        (await university.GetAsync($"/api/needs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var submit = await enterprise.PostAsync($"/api/needs/{id}/submit", ifMatch: edit.ETag());
        await submit.ShouldBeOkAsync();
        var queue = await bureau.GetJsonAsync<Paged<NeedView>>("/api/needs/queue?pageSize=100");
        queue.Items.Select(n => n.Id.ToString()).ShouldContain(id);

        var refinement = new { refinedTitle = $"高镍正极材料长循环改性技术 {marker}", refinedField = "0603" };
        var accept = await bureau.PostAsync($"/api/needs/{id}/accept", refinement, ifMatch: submit.ETag());
        await accept.ShouldBeOkAsync();

        // Read as the summary record, which refuses any field it does not have: nothing confidential was sent.
        var listed = await university.GetJsonAsync<Paged<NeedSummary>>($"/api/needs?q={marker}");
        listed.Total.ShouldBe(1);
        var summary = listed.Items.ShouldHaveSingleItem();
        (summary.Title, summary.Field, summary.OrganisationName)
            .ShouldBe(($"高镍正极材料长循环改性技术 {marker}", "0603", "宁波甬江新材料科技有限公司"));

        var ownerView = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}");
        ownerView.Status.ShouldBe(NeedStatus.Accepted);
        ownerView.OriginalTitle.ShouldBe($"高镍三元正极材料循环寿命 {marker}");
        ownerView.OriginalField.ShouldBe("0401");
        ownerView.ConfidentialDetails.ShouldBe("现有产线产能3000吨/年，回转窑型号保密。");
        ownerView.BudgetMax.ShouldBe(1200000.50m);
    }

    [Fact]
    public async Task A_rejected_need_shows_the_reason_and_can_be_revised_and_resubmitted()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.CityBureau);
        var (id, _) = await SubmittedAsync(enterprise, Content(Marker()));

        await (await bureau.PostAsync($"/api/needs/{id}/reject", new { reason = "请补充关键技术指标" })).ShouldBeOkAsync();
        var rejected = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}");
        (rejected.Status, rejected.RejectionReason).ShouldBe((NeedStatus.Rejected, "请补充关键技术指标"));

        await (await enterprise.PutAsync($"/api/needs/{id}", Content(Marker()))).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}")).Status.ShouldBe(NeedStatus.Draft);
        await (await enterprise.PostAsync($"/api/needs/{id}/submit")).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}")).Status.ShouldBe(NeedStatus.Submitted);
    }

    [Fact]
    public async Task Withdrawing_an_accepted_need_takes_it_off_the_public_list()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var marker = Marker();
        var id = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), Content(marker));
        (await enterprise.GetJsonAsync<Paged<NeedSummary>>($"/api/needs?q={marker}")).Total.ShouldBe(1);

        await (await enterprise.PostAsync($"/api/needs/{id}/withdraw", new { reason = "已自行解决" })).ShouldBeOkAsync();

        (await enterprise.GetJsonAsync<Paged<NeedSummary>>($"/api/needs?q={marker}")).Total.ShouldBe(0);
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}")).WithdrawalReason.ShouldBe("已自行解决");
    }

    [Fact]
    public async Task A_transition_the_state_forbids_is_a_409_problem_and_changes_nothing()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var marker = Marker();
        var (id, _) = await DraftAsync(enterprise, Content(marker));

        await (await bureau.PostAsync($"/api/needs/{id}/accept", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        (await enterprise.GetAsync($"/api/needs/{id}")).ETag().ShouldBe("\"1\"");
        var submit = await enterprise.PostAsync($"/api/needs/{id}/submit");
        await submit.ShouldBeOkAsync();
        submit.ETag().ShouldBe("\"2\"");
        var again = await enterprise.PostAsync($"/api/needs/{id}/submit");
        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        problem.Detail!.ShouldContain("submitted");
        await (await enterprise.PutAsync($"/api/needs/{id}", Content(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var need = await enterprise.GetAsync($"/api/needs/{id}");
        need.ETag().ShouldBe("\"2\"");
        var body = await need.ShouldBeOkAsync<NeedView>();
        body.Status.ShouldBe(NeedStatus.Submitted);
        body.Title.ShouldEndWith(marker);
    }

    [Fact]
    public async Task A_write_with_a_stale_If_Match_gets_412_and_the_need_is_unchanged()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var (id, etag) = await DraftAsync(enterprise, Content(Marker()));
        var first = await enterprise.PutAsync($"/api/needs/{id}", Content("first-edit"), ifMatch: etag);
        await first.ShouldBeOkAsync();

        var stale = await enterprise.PutAsync($"/api/needs/{id}", Content("second-edit"), ifMatch: etag);

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale-version");
        var need = await enterprise.GetAsync($"/api/needs/{id}");
        need.ETag().ShouldBe(first.ETag());
        (await need.ShouldBeOkAsync<NeedView>()).Title.ShouldEndWith("first-edit");
    }

    [Fact]
    public async Task An_If_Match_that_is_not_a_version_is_a_400()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var (id, _) = await DraftAsync(enterprise, Content(Marker()));

        var problem = await (await enterprise.PostAsync($"/api/needs/{id}/submit", ifMatch: "\"abc\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors().ShouldContain("If-Match");
    }

    [Fact]
    public async Task The_public_list_pages_and_filters_by_field_district_and_text()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.CityBureau);
        var marker = Marker();
        for (var i = 0; i < 3; i++)
        {
            await AcceptedAsync(enterprise, bureau, Content(marker, field: i == 0 ? "0701" : "0401"));
        }

        var reader = await AsAsync(Demo.Broker);
        async Task<Paged<NeedSummary>> ListAsync(string query) => await reader.GetJsonAsync<Paged<NeedSummary>>($"/api/needs?{query}");
        var page1 = await ListAsync($"q={marker}&pageSize=2&page=1");
        (page1.Total, page1.Items.Count).ShouldBe((3, 2));
        (await ListAsync($"q={marker}&pageSize=2&page=2")).Items.Count.ShouldBe(1);
        (await ListAsync($"q={marker}&field=07")).Total.ShouldBe(1);
        (await ListAsync($"q={marker}&field=0401")).Total.ShouldBe(2);
        (await ListAsync($"q={marker}&district=330211")).Total.ShouldBe(3);
        (await ListAsync($"q={marker}&district=330203")).Total.ShouldBe(0);

        (await ListAsync("q=减速器")).Items.Select(n => n.Title).ShouldContain("工业机器人RV减速器长寿命精度保持技术");

        await (await reader.GetAsync("/api/needs?pageSize=500")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await reader.GetAsync("/api/needs?status=Draft")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task My_needs_lists_every_status_of_my_enterprise_only()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var (id, _) = await DraftAsync(enterprise, Content(Marker()));

        var mine = await enterprise.GetJsonAsync<Paged<NeedView>>("/api/needs/mine?pageSize=100");
        mine.Items.Select(n => n.Id.ToString()).ShouldContain(id);
        mine.Items.ShouldAllBe(n => n.OrganisationName == "宁波甬江新材料科技有限公司");

        var other = await (await AsAsync(Demo.OtherEnterprise)).GetJsonAsync<Paged<NeedView>>("/api/needs/mine?pageSize=100");
        other.Items.Select(n => n.Id.ToString()).ShouldNotContain(id);
    }
}
