using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>Before the deadline only the bidder reads its bid; after it the commitments are public and check out.</summary>
public sealed class SealedBidTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_bid_is_sealed_from_everyone_but_its_bidder_until_the_deadline_then_its_commitment_checks_out()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(2));
        var university = await AsAsync(Demo.University);
        var institute = await AsAsync("institute@techmarket.demo");

        var receipt = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        var bidId = receipt.BidId.ToString();
        var firstReceipt = receipt.Commitment;
        firstReceipt.Length.ShouldBe(64);
        var amended = await (await university.PutAsync($"/api/bids/{bidId}", Bid("修订版", budget: 750000m))).ShouldBeOkAsync<BidReceipt>();
        var finalReceipt = amended.Commitment;
        finalReceipt.ShouldNotBe(firstReceipt);
        await (await institute.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync();

        foreach (var reader in new[] { Demo.ZhenhaiBureau, Demo.CityBureau, "institute@techmarket.demo", Demo.Expert, Demo.Enterprise, Demo.Broker })
        {
            var client = await AsAsync(reader);
            await (await client.GetAsync($"/api/bids/{bidId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await client.GetAsync($"/api/challenges/{id}/bids")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        }

        await (await institute.PutAsync($"/api/bids/{bidId}", Bid("冒充"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await institute.PostAsync($"/api/bids/{bidId}/withdraw")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).BidCount.ShouldBe(2);
        (await university.GetJsonAsync<BidView>($"/api/bids/{bidId}")).Receipts.Count.ShouldBe(2);

        var closed = await CloseBiddingAsync(Host, bureau, id);

        // The page was read as ChallengeView, whose CommitmentView refuses anything but a label and a hash.
        closed.Commitments.Select(c => c.Label).ShouldBe(["A", "B"]);
        var label = (await university.GetJsonAsync<BidView>($"/api/bids/{bidId}")).Label;
        var published = closed.Commitments.Single(c => c.Label == label).Commitment;
        published.ShouldBe(finalReceipt);

        var revealed = await bureau.GetJsonAsync<BidView>($"/api/bids/{bidId}");
        revealed.OrganisationName.ShouldBe("甬城大学");
        Recompute(revealed).ShouldBe(published);
        await (await institute.GetAsync($"/api/bids/{bidId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await bureau.GetJsonAsync<List<BidView>>($"/api/challenges/{id}/bids")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task One_organisation_has_one_bid_per_challenge_and_may_withdraw_and_submit_again()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));
        var university = await AsAsync(Demo.University);

        var first = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");
        var bidId = first.BidId;
        await (await university.PostAsync($"/api/bids/{bidId}/withdraw")).ShouldBeOkAsync();
        (await university.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).BidCount.ShouldBe(0);

        var again = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        again.BidId.ShouldBe(bidId);
        (await university.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={id}")).Items.Single(b => b.Id == bidId).Status.ShouldBe(BidStatus.Submitted);
    }

    [Fact]
    public async Task Only_eligible_organisations_bid_within_the_bounty()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));

        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/challenges/{id}/bids", Bid(Marker())))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-eligible");
        await (await (await AsAsync(Demo.Expert)).PostAsync($"/api/challenges/{id}/bids", Bid(Marker())))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var tooDear = await (await AsAsync(Demo.University)).PostAsync($"/api/challenges/{id}/bids", Bid(Marker(), budget: 9_000_000m));
        (await tooDear.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldContain("budget");
        var blank = Bid(Marker());
        blank["technicalApproach"] = "太短";
        (await (await (await AsAsync(Demo.University)).PostAsync($"/api/challenges/{id}/bids", blank)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldContain("technicalApproach");
    }

    [Fact]
    public async Task A_commitment_with_attachments_is_recomputed_from_the_uploaded_bytes_and_matches_the_published_list()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(2));
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var organisationId = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString();
        byte[] proposal = [.. "%PDF-1.7\n揭榜申报书：技术方案与进度\n"u8, .. RandomNumberGenerator.GetBytes(2048)];
        byte[] photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(512)];
        var first = await UploadAsync(university, id, proposal, "申报书.pdf", "application/pdf");
        var second = await UploadAsync(university, id, photo, "团队.png", "image/png");
        var request = Bid("附件版：含申报书与团队照片", budget: 654321.5m);
        request["attachmentIds"] = new[] { first, second };
        var receipt = await (await university.PostAsync($"/api/challenges/{id}/bids", request)).ShouldBeOkAsync<BidReceipt>();

        var closed = await CloseBiddingAsync(Host, bureau, id);

        var own = await university.GetJsonAsync<BidView>($"/api/bids/{receipt.BidId}");
        // Everything but the salt comes from what this test sent: the text as sent, the files' hashes from their bytes.
        var expected = Canonical(
        [
            ("challengeId", id), ("organisationId", organisationId),
            ("technicalApproach", (string)request["technicalApproach"]!), ("team", (string)request["team"]!), ("budget", "654321.50"),
            ("schedule", (string)request["schedule"]!), ("attachment", Sha256(proposal)), ("attachment", Sha256(photo)),
            ("salt", own.Salt),
        ]);
        expected.ShouldBe(receipt.Commitment);
        closed.Commitments.Single(c => c.Label == own.Label).Commitment.ShouldBe(expected);
    }

    [Fact]
    public async Task A_joint_bid_s_commitment_covers_its_members_and_checks_out_against_the_published_list()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromHours(2));
        var (university, member) = (await AsAsync(Demo.University), await AsAsync("institute.zhizao@techmarket.demo"));
        var memberId = (await member.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var request = Bid(Marker());
        request["joint"] = new { leadRole = "牵头单位", leadShare = 500_000m, members = new[] { new { organisationId = memberId, role = "中试验证", share = 200_000m } } };
        var receipt = await (await university.PostAsync($"/api/challenges/{id}/bids", request)).ShouldBeOkAsync<BidReceipt>();
        await (await member.PostAsync($"/api/bids/{receipt.BidId}/membership/confirm")).ShouldBeOkAsync();

        var closed = await CloseBiddingAsync(Host, bureau, id);

        // The member reads the bid in full, as the lead does, and recomputes the receipt with who was named, on what terms.
        var bid = await member.GetJsonAsync<BidView>($"/api/bids/{receipt.BidId}");
        bid.ReceiptFormat.ShouldBe(2);
        var joint = bid.Joint.ShouldNotBeNull();
        var expected = Canonical(
        [
            .. ContentFields(bid),
            ("leadRole", joint.LeadRole), ("leadShare", joint.LeadShare.ToString("0.00", CultureInfo.InvariantCulture)),
            .. joint.Members.OrderBy(m => m.OrganisationId.ToString(), StringComparer.Ordinal).SelectMany(m => new[]
            {
                ("member", m.OrganisationId.ToString()), ("memberRole", m.Role), ("memberShare", m.Share.ToString("0.00", CultureInfo.InvariantCulture)),
            }),
            ("salt", bid.Salt),
        ]);
        (expected, joint.Members.Single().OrganisationId).ShouldBe((receipt.Commitment, memberId));
        closed.Commitments.Single(c => c.Label == bid.Label).Commitment.ShouldBe(expected);
        // Without the members (the format-1 procedure) the receipt does not check out: the members are what it proves.
        Recompute(bid).ShouldNotBe(expected);
    }

    private static async Task<string> UploadAsync(HttpClient client, string challengeId, byte[] bytes, string name, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var uploaded = await (await client.PostAsync($"/api/challenges/{challengeId}/attachments", new MultipartFormDataContent { { file, "file", name } }))
            .ShouldBeOkAsync<AttachmentRef>();
        return uploaded.AttachmentId.ToString();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>docs/COMMITMENTS.md: each field as name:byte-length:value and a new line, then SHA-256, lower-case hex.</summary>
    private static string Canonical(IEnumerable<(string Name, string Value)> fields) =>
        Sha256(Encoding.UTF8.GetBytes(string.Concat(fields.Select(f => $"{f.Name}:{Encoding.UTF8.GetByteCount(f.Value)}:{f.Value}\n"))));

    /// <summary>The documented procedure (docs/COMMITMENTS.md), written here independently of the server's code.</summary>
    private static string Recompute(BidView bid) => Canonical([.. ContentFields(bid), ("salt", bid.Salt)]);

    private static IEnumerable<(string Name, string Value)> ContentFields(BidView bid) =>
    [
        ("challengeId", bid.ChallengeId.ToString()),
        ("organisationId", bid.OrganisationId.ToString()),
        ("technicalApproach", bid.Content.TechnicalApproach),
        ("team", bid.Content.Team),
        ("budget", bid.Content.Budget.ToString("0.00", CultureInfo.InvariantCulture)),
        ("schedule", bid.Content.Schedule),
        .. bid.Content.Attachments.Select(a => ("attachment", a.Sha256)),
    ];
}
