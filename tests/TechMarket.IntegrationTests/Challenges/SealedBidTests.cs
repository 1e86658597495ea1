using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
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

        var submitted = await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()));
        var receipt = await submitted.ShouldBeOkAsync();
        var bidId = receipt.GetProperty("bidId").GetString()!;
        var firstReceipt = receipt.GetProperty("commitment").GetString()!;
        firstReceipt.Length.ShouldBe(64);
        var amended = await (await university.PutAsync($"/api/bids/{bidId}", Bid("修订版", budget: 750000m))).ShouldBeOkAsync();
        var finalReceipt = amended.GetProperty("commitment").GetString()!;
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
        (await bureau.GetJsonAsync($"/api/challenges/{id}")).GetProperty("bidCount").GetInt32().ShouldBe(2);
        (await university.GetJsonAsync($"/api/bids/{bidId}")).GetProperty("receipts").GetArrayLength().ShouldBe(2);

        var challenge = await bureau.GetJsonAsync($"/api/challenges/{id}");
        Host.Clock.AdvanceTo(challenge.GetProperty("terms").GetProperty("closesAt").GetDateTimeOffset().AddSeconds(3));
        var closed = await WaitForStatusAsync(bureau, id, "BiddingClosed");

        var commitments = closed.GetProperty("commitments").EnumerateArray().ToList();
        commitments.Count.ShouldBe(2);
        commitments.Select(c => c.GetProperty("label").GetString()).ShouldBe(["A", "B"]);
        var published = commitments.Single(c => c.GetProperty("bidId").GetString() == bidId).GetProperty("commitment").GetString();
        published.ShouldBe(finalReceipt);

        var revealed = await bureau.GetJsonAsync($"/api/bids/{bidId}");
        revealed.GetProperty("organisationName").GetString().ShouldBe("甬城大学");
        Recompute(revealed).ShouldBe(published);
        await (await institute.GetAsync($"/api/bids/{bidId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await bureau.GetJsonAsync($"/api/challenges/{id}/bids")).GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task One_organisation_has_one_bid_per_challenge_and_may_withdraw_and_submit_again()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));
        var university = await AsAsync(Demo.University);

        var first = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync();
        await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");
        var bidId = first.GetProperty("bidId").GetString();
        await (await university.PostAsync($"/api/bids/{bidId}/withdraw")).ShouldBeOkAsync();
        (await university.GetJsonAsync($"/api/challenges/{id}")).GetProperty("bidCount").GetInt32().ShouldBe(0);

        var again = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync();
        again.GetProperty("bidId").GetString().ShouldBe(bidId);
        var mine = await university.GetJsonAsync("/api/bids/mine");
        mine.EnumerateArray().Single(b => b.GetProperty("id").GetString() == bidId).GetProperty("status").GetString().ShouldBe("Submitted");
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

    /// <summary>The documented procedure (docs/COMMITMENTS.md), written here independently of the server's code.</summary>
    private static string Recompute(JsonElement bid)
    {
        var content = bid.GetProperty("content");
        var fields = new List<(string, string)>
        {
            ("challengeId", bid.GetProperty("challengeId").GetString()!),
            ("organisationId", bid.GetProperty("organisationId").GetString()!),
            ("technicalApproach", content.GetProperty("technicalApproach").GetString()!),
            ("team", content.GetProperty("team").GetString()!),
            ("budget", content.GetProperty("budget").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture)),
            ("schedule", content.GetProperty("schedule").GetString()!),
        };
        fields.AddRange(content.GetProperty("attachments").EnumerateArray().Select(a => ("attachment", a.GetProperty("sha256").GetString()!)));
        fields.Add(("salt", bid.GetProperty("salt").GetString()!));
        var text = string.Concat(fields.Select(f => $"{f.Item1}:{Encoding.UTF8.GetByteCount(f.Item2)}:{f.Item2}\n"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }
}
