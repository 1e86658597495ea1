using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>市场判题 over HTTP: the winner delivers a report and files, a funder rejects them, the bureau resumes with a
/// new date or fails the challenge, and a later delivery is accepted with 车间验题.</summary>
public sealed class JudgementFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";
    private static readonly byte[] Report = "%PDF-1.7 成果交付报告"u8.ToArray();

    [Fact]
    public async Task A_rejected_result_goes_to_the_bureau_which_resumes_it_and_the_delivery_after_is_accepted_on_the_production_floor()
    {
        var (university, institute) = (await AsAsync(Demo.University), await AsAsync(Institute));
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [university, institute]);
        var (id, enterprise, bureau) = (awarded.Id, awarded.Challenge.Enterprise, awarded.Challenge.Bureau);

        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-delivered");
        await (await institute.PostAsync($"/api/challenges/{id}/attachments", Pdf())).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        await (await institute.PostAsync($"/api/challenges/{id}/delivery", Delivery())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-winner");
        var file = (await (await university.PostAsync($"/api/challenges/{id}/attachments", Pdf())).ShouldBeOkAsync<AttachmentRef>()).AttachmentId;
        await (await university.PostAsync($"/api/challenges/{id}/delivery", Delivery(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await university.PostAsync($"/api/challenges/{id}/delivery", Delivery(file))).ShouldBeOkAsync();

        var judgement = await enterprise.GetJsonAsync<JudgementView>($"/api/challenges/{id}/judgement");
        var delivery = judgement.Deliveries.ShouldHaveSingleItem();
        (delivery.Round, delivery.Label, delivery.Files.ShouldHaveSingleItem().FileName).ShouldBe((1, awarded.Challenge.Labels[0], "交付报告.pdf"));
        var download = $"/api/challenges/{id}/deliveries/{delivery.Id}/files/1";
        (await (await enterprise.GetAsync(download)).Content.ReadAsByteArrayAsync()).ShouldBe(Report);
        (await (await bureau.GetAsync(download)).Content.ReadAsByteArrayAsync()).ShouldBe(Report);
        await (await institute.GetAsync(download)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await institute.GetAsync($"/api/challenges/{id}/judgement")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/challenges/{id}/results/reject", new { reason = "不是我出资的榜单" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-funder");

        await (await enterprise.PostAsync($"/api/challenges/{id}/results/reject", new { reason = "样机良率92%，未达到约定的98%。" })).ShouldBeOkAsync();
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.ResultsRejected);
        var rejection = (await university.GetJsonAsync<JudgementView>($"/api/challenges/{id}/judgement")).Verdicts.ShouldHaveSingleItem();
        (rejection.Accepted, rejection.Reason, rejection.EnterpriseName).ShouldBe((false, "样机良率92%，未达到约定的98%。", "宁波甬江新材料科技有限公司"));
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");

        var now = Host.Clock.GetUtcNow();
        (await (await bureau.PostAsync($"/api/challenges/{id}/results/resume", new { deliverBy = now.AddDays(-1), reason = "给予整改期" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["deliverBy"]);
        await (await bureau.PostAsync($"/api/challenges/{id}/results/resume", new { deliverBy = now.AddDays(30), reason = "给予30天整改期" })).ShouldBeOkAsync();
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.InProgress);
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-delivered");

        await (await university.PostAsync($"/api/challenges/{id}/delivery", Delivery(file))).ShouldBeOkAsync();
        var site = new { site = "甬江新材料二号车间", date = now.AddDays(-1).ToString("yyyy-MM-dd"), participants = new[] { "车间主任 王海", "甬城大学 赵磊" } };
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/accept", new { site })).ShouldBeOkAsync();

        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Status.ShouldBe(ChallengeStatus.Completed);
        var after = await bureau.GetJsonAsync<JudgementView>($"/api/challenges/{id}/judgement");
        (after.Round, after.DeliverBy).ShouldBe((2, now.AddDays(30)));
        after.Deliveries.Select(d => d.Round).ShouldBe([1, 2]);
        var accepted = after.Verdicts[^1];
        (accepted.Round, accepted.Accepted, accepted.Site!.Site).ShouldBe((2, true, "甬江新材料二号车间"));
        accepted.Site.Participants.ShouldBe(["车间主任 王海", "甬城大学 赵磊"]);
        after.Resumptions.ShouldHaveSingleItem().Reason.ShouldBe("给予30天整改期");
    }

    [Fact]
    public async Task A_rejection_the_bureau_does_not_resume_fails_the_challenge_with_its_reason()
    {
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [await AsAsync(Demo.University)]);
        var (id, enterprise, bureau) = (awarded.Id, awarded.Challenge.Enterprise, awarded.Challenge.Bureau);
        await (await enterprise.PostAsync($"/api/challenges/{id}/results/reject", new { reason = "交付成果与需求不符。" })).ShouldBeOkAsync();

        await (await bureau.PostAsync($"/api/challenges/{id}/fail", new { reason = "整改无望，终止项目。" })).ShouldBeOkAsync();

        var page = await enterprise.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (page.Status, page.FailureReason).ShouldBe((ChallengeStatus.Failed, "整改无望，终止项目。"));
    }

    [Fact]
    public async Task A_file_a_delivery_uses_is_never_swept_as_unused()
    {
        var university = await AsAsync(Demo.University);
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [university]);
        var file = (await (await university.PostAsync($"/api/challenges/{awarded.Id}/attachments", Pdf())).ShouldBeOkAsync<AttachmentRef>()).AttachmentId;
        await (await university.PostAsync($"/api/challenges/{awarded.Id}/delivery", Delivery(file))).ShouldBeOkAsync();

        Host.Clock.Advance(TimeSpan.FromMinutes(61)); // the test server keeps unused uploads for an hour
        await Host.Services.GetRequiredService<AttachmentSweeper>().SweepAsync(CancellationToken.None);

        var delivery = (await awarded.Challenge.Enterprise.GetJsonAsync<JudgementView>($"/api/challenges/{awarded.Id}/judgement")).Deliveries.Single();
        (await (await awarded.Challenge.Enterprise.GetAsync($"/api/challenges/{awarded.Id}/deliveries/{delivery.Id}/files/1")).Content.ReadAsByteArrayAsync())
            .ShouldBe(Report);
    }

    private static object Delivery(params Guid[] files) => new { report = "中试线连续运行30天，良率与能耗指标见附件报告。", attachmentIds = files };

    private static MultipartFormDataContent Pdf()
    {
        var file = new ByteArrayContent(Report);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "交付报告.pdf" } };
    }
}
