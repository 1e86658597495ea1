using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class BidAttachmentTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly byte[] Pdf = "%PDF-1.7 揭榜申报书"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task An_attachment_is_part_of_the_commitment_and_as_sealed_as_its_bid_and_reviewers_get_it_without_its_name()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(1));
        var university = await AsAsync(Demo.University);

        var uploaded = await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "甬城大学-赵磊团队-申报书.pdf", "application/pdf")))
            .ShouldBeOkAsync<AttachmentRef>();
        uploaded.Sha256.ShouldBe(Convert.ToHexString(SHA256.HashData(Pdf)).ToLowerInvariant());
        var attachmentId = uploaded.AttachmentId.ToString();
        Guid.Parse(attachmentId).Version.ShouldBe(4);
        var bid = Bid(Marker());
        bid["attachmentIds"] = new[] { attachmentId };
        var receipt = await (await university.PostAsync($"/api/challenges/{id}/bids", bid)).ShouldBeOkAsync<BidReceipt>();

        (await (await university.GetAsync($"/api/bids/attachments/{attachmentId}")).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        foreach (var reader in new[] { Demo.ZhenhaiBureau, "institute@techmarket.demo", Demo.Expert })
        {
            await (await (await AsAsync(reader)).GetAsync($"/api/bids/attachments/{attachmentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var institute = await AsAsync("institute@techmarket.demo");
        var stolen = Bid(Marker());
        stolen["attachmentIds"] = new[] { attachmentId };
        (await (await institute.PostAsync($"/api/challenges/{id}/bids", stolen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldContain("attachmentIds[0]");

        await CloseBiddingAsync(Host, bureau, id);
        (await (await bureau.GetAsync($"/api/bids/attachments/{attachmentId}")).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "补充材料.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        var revealed = await bureau.GetJsonAsync<BidView>($"/api/bids/{receipt.BidId}");
        revealed.Content.Attachments[0].FileName.ShouldBe("甬城大学-赵磊团队-申报书.pdf");

        var expert = await AsAsync(Demo.Expert);
        await AssignAsync(bureau, id, expert);
        var blindJson = await (await expert.GetAsync($"/api/challenges/{id}/bids")).Content.ReadAsStringAsync();
        blindJson.ShouldNotContain(attachmentId);
        blindJson.ShouldNotContain("甬城大学");
        blindJson.ShouldNotContain("申报书.pdf");
        var attachment = (await expert.GetJsonAsync<List<BlindBidView>>($"/api/challenges/{id}/bids"))[0].Content.Attachments[0];
        attachment.Name.ShouldBe("附件1.pdf");
        var download = await expert.GetAsync(attachment.Download);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("附件1.pdf");
        await (await expert.GetAsync($"/api/challenges/{id}/bids/A/attachments/2")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await AsAsync("expert.li@techmarket.demo")).GetAsync($"/api/challenges/{id}/bids/A/attachments/1")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_is_checked_from_its_bytes_an_empty_one_is_400_and_one_over_five_MiB_is_413()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(1));
        var university = await AsAsync(Demo.University);

        await (await university.PostAsync($"/api/challenges/{id}/attachments", File([], "empty.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(new byte[6 * 1024 * 1024], "big.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "too-large");
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File([.. Pdf, .. new byte[(5 * 1024 * 1024) - Pdf.Length + 1]], "big.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "too-large");
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Png, "scan.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File([1, 2, 3], "run.exe", "application/octet-stream")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "fake.pdf", "text/html")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", new { file = "JVBERi0xLjc=" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await (await university.PostAsync($"/api/challenges/{id}/attachments", new MultipartFormDataContent { { new StringContent("申报书"), "note" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["file"]);

        var largest = File([.. Pdf, .. new byte[(5 * 1024 * 1024) - Pdf.Length]], "max.pdf", "application/pdf");
        var exactly = await (await university.PostAsync($"/api/challenges/{id}/attachments", largest))
            .ShouldBeOkAsync<AttachmentRef>();
        exactly.Size.ShouldBe(5 * 1024 * 1024);
        (await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Png, "team.png", "image/png"))).ShouldBeOkAsync<AttachmentRef>())
            .ContentType.ShouldBe("image/png");
    }

    [Fact]
    public async Task Only_users_of_organisations_that_may_bid_upload()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(1));

        foreach (var outsider in new[] { Demo.Broker, Demo.Expert, Demo.ZhenhaiBureau })
        {
            await (await (await AsAsync(outsider)).PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "a.pdf", "application/pdf")))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        foreach (var ineligible in new[] { Demo.Enterprise, Demo.OtherEnterprise, Demo.PendingEnterprise })
        {
            await (await (await AsAsync(ineligible)).PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "a.pdf", "application/pdf")))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-eligible");
        }

        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        (await anonymous.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "a.pdf", "application/pdf"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_organisation_holds_a_limited_number_of_uploads_per_challenge()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(1));
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));

        // The test server allows five (Attachments:MaxFilesPerChallenge).
        var uploads = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            university.PostAsync($"/api/challenges/{id}/attachments", File([.. Pdf, (byte)i], $"part{i}.pdf", "application/pdf"))));

        uploads.Count(u => u.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        foreach (var refused in uploads.Where(u => u.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "upload-quota");
        }

        var other = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        await (await other.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "mine.pdf", "application/pdf"))).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Uploads_no_bid_uses_are_removed_after_the_retention_time_and_those_a_bid_uses_stay()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromDays(2));
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var used = (await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Pdf, "used.pdf", "application/pdf")))
            .ShouldBeOkAsync<AttachmentRef>()).AttachmentId.ToString();
        var unused = (await (await university.PostAsync($"/api/challenges/{id}/attachments", File(Png, "unused.png", "image/png")))
            .ShouldBeOkAsync<AttachmentRef>()).AttachmentId.ToString();
        var bid = Bid(Marker());
        bid["attachmentIds"] = new[] { used };
        await (await university.PostAsync($"/api/challenges/{id}/bids", bid)).ShouldBeOkAsync();
        var sweeper = Host.Services.GetRequiredService<AttachmentSweeper>();

        await sweeper.SweepAsync(CancellationToken.None);
        (await university.GetAsync($"/api/bids/attachments/{unused}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        Host.Clock.Advance(TimeSpan.FromMinutes(61)); // the test server keeps unused uploads for an hour
        await sweeper.SweepAsync(CancellationToken.None);

        await (await university.GetAsync($"/api/bids/attachments/{unused}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await university.GetAsync($"/api/bids/attachments/{used}")).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var amended = Bid(Marker());
        amended["attachmentIds"] = new[] { used, unused };
        var bidId = (await university.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={id}")).Items.Single(b => b.ChallengeId.ToString() == id).Id;
        (await (await university.PutAsync($"/api/bids/{bidId}", amended)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldContain("attachmentIds[1]");
    }

    private static MultipartFormDataContent File(byte[] bytes, string name, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
