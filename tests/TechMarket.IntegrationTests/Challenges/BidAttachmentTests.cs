using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class BidAttachmentTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task An_attachment_is_part_of_the_commitment_and_as_sealed_as_its_bid()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(1));
        var university = await AsAsync(Demo.University);
        var pdf = "%PDF-1.7 揭榜申报书"u8.ToArray();

        var uploaded = await (await university.PostAsync($"/api/challenges/{id}/attachments", File(pdf, "申报书.pdf", "application/pdf"))).ShouldBeOkAsync();
        uploaded.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant());
        var attachmentId = uploaded.GetProperty("attachmentId").GetString()!;
        var bid = Bid(Marker());
        bid["attachmentIds"] = new[] { attachmentId };
        var receipt = await (await university.PostAsync($"/api/challenges/{id}/bids", bid)).ShouldBeOkAsync();

        (await (await university.GetAsync($"/api/bids/attachments/{attachmentId}")).Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        foreach (var reader in new[] { Demo.ZhenhaiBureau, "institute@techmarket.demo", Demo.Expert })
        {
            await (await (await AsAsync(reader)).GetAsync($"/api/bids/attachments/{attachmentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var institute = await AsAsync("institute@techmarket.demo");
        var stolen = Bid(Marker());
        stolen["attachmentIds"] = new[] { attachmentId };
        (await (await institute.PostAsync($"/api/challenges/{id}/bids", stolen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldContain("attachmentIds[0]");

        var closesAt = (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("terms").GetProperty("closesAt").GetDateTimeOffset();
        Host.Clock.AdvanceTo(closesAt.AddSeconds(3));
        await WaitForStatusAsync(bureau, id, "BiddingClosed");
        (await (await bureau.GetAsync($"/api/bids/attachments/{attachmentId}")).Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(pdf, "补充材料.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
        var revealed = await bureau.GetJsonAsync($"/api/bids/{receipt.GetProperty("bidId").GetString()}");
        revealed.GetProperty("content").GetProperty("attachments")[0].GetProperty("fileName").GetString().ShouldBe("申报书.pdf");
    }

    [Fact]
    public async Task Files_of_other_types_or_over_five_MiB_are_refused()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(1));
        var university = await AsAsync(Demo.University);

        await (await university.PostAsync($"/api/challenges/{id}/attachments", File([1, 2, 3], "run.exe", "application/octet-stream")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File([1, 2, 3], "fake.pdf", "text/html")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await university.PostAsync($"/api/challenges/{id}/attachments", File(new byte[(5 * 1024 * 1024) + 1], "big.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await (await AsAsync(Demo.Broker)).PostAsync($"/api/challenges/{id}/attachments", File([1], "a.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static MultipartFormDataContent File(byte[] bytes, string name, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
