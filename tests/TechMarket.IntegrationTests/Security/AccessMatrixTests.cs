using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Role × other organisation × endpoint: everybody who is not the owner, its district bureau or (after close)
/// a reviewer is refused on every endpoint that reads or changes another organisation's drafts, needs under
/// review, draft challenges and sealed bids — with 401, 403 or 404, never a 2xx or a 500 — and nothing changes.
/// </summary>
public sealed class AccessMatrixTests(TechMarketHost host) : ApiTest(host), IAsyncLifetime
{
    private static Resources? _resources;

    private sealed record Resources(string DraftNeed, string SubmittedNeed, string DraftChallenge, string OpenChallenge, string SealedBid, Dictionary<string, string?> Versions);

    public static TheoryData<string> Outsiders => new()
    {
        Demo.OtherEnterprise, "institute@techmarket.demo", Demo.Expert, Demo.Broker, Demo.HaishuBureau, Demo.Admin, "integration", "anonymous",
    };

    public async Task InitializeAsync()
    {
        if (_resources is not null)
        {
            return;
        }

        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var (draftNeed, _) = await DraftAsync(enterprise, Content(Marker()));
        var (submittedNeed, _) = await SubmittedAsync(enterprise, Content(Marker()));
        var accepted = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = Host.Clock.GetUtcNow();
        var draftChallenge = (await (await bureau.PostAsync("/api/challenges", Draft(Marker(), [(accepted, 100m)], now, now.AddDays(30)))).ShouldBeOkAsync())
            .GetProperty("id").GetString()!;
        var openChallenge = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(30));
        var sealedBid = (await (await (await AsAsync(Demo.University)).PostAsync($"/api/challenges/{openChallenge}/bids", Bid(Marker()))).ShouldBeOkAsync())
            .GetProperty("bidId").GetString()!;
        var resources = new Resources(draftNeed, submittedNeed, draftChallenge, openChallenge, sealedBid, []);
        foreach (var (owner, url) in Owned(resources))
        {
            resources.Versions[url] = (await (await AsAsync(owner)).GetAsync(url)).Headers.ETag?.Tag;
        }

        _resources = resources;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_everywhere_and_changes_nothing(string outsider)
    {
        var r = _resources!;
        using var client = await ClientFor(outsider);
        var requests = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, $"/api/needs/{r.DraftNeed}", null),
            (HttpMethod.Put, $"/api/needs/{r.DraftNeed}", Content(Marker())),
            (HttpMethod.Post, $"/api/needs/{r.DraftNeed}/submit", new { }),
            (HttpMethod.Post, $"/api/needs/{r.DraftNeed}/withdraw", new { }),
            (HttpMethod.Post, $"/api/needs/{r.SubmittedNeed}/accept", new { }),
            (HttpMethod.Post, $"/api/needs/{r.SubmittedNeed}/reject", new { reason = "越权操作" }),
            (HttpMethod.Get, $"/api/challenges/{r.DraftChallenge}", null),
            (HttpMethod.Post, $"/api/challenges/{r.DraftChallenge}/publish", new { }),
            (HttpMethod.Post, $"/api/challenges/{r.DraftChallenge}/funding/confirm", new { }),
            (HttpMethod.Post, $"/api/challenges/{r.DraftChallenge}/cancel", new { reason = "越权取消" }),
            (HttpMethod.Post, $"/api/challenges/{r.OpenChallenge}/cancel", new { reason = "越权取消" }),
            (HttpMethod.Get, $"/api/bids/{r.SealedBid}", null),
            (HttpMethod.Put, $"/api/bids/{r.SealedBid}", Bid(Marker())),
            (HttpMethod.Post, $"/api/bids/{r.SealedBid}/withdraw", new { }),
            (HttpMethod.Get, $"/api/challenges/{r.OpenChallenge}/bids", null),
            (HttpMethod.Get, $"/api/challenges/{r.OpenChallenge}/disclosures", null),
            (HttpMethod.Get, $"/api/challenges/{r.OpenChallenge}/ranking", null),
            (HttpMethod.Post, $"/api/challenges/{r.OpenChallenge}/award", new { }),
        };

        foreach (var (method, url, body) in requests)
        {
            var response = await client.SendAsync(method, url, body);
            response.StatusCode.ShouldBeOneOf(
                [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
                $"{outsider}: {method} {url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        foreach (var (owner, url) in Owned(r))
        {
            (await (await AsAsync(owner)).GetAsync(url)).Headers.ETag?.Tag.ShouldBe(r.Versions[url], $"{url} changed");
        }
    }

    private static IEnumerable<(string Owner, string Url)> Owned(Resources r) =>
    [
        (Demo.Enterprise, $"/api/needs/{r.DraftNeed}"),
        (Demo.Enterprise, $"/api/needs/{r.SubmittedNeed}"),
        (Demo.ZhenhaiBureau, $"/api/challenges/{r.DraftChallenge}"),
        (Demo.University, $"/api/bids/{r.SealedBid}"),
    ];

    private async Task<HttpClient> ClientFor(string outsider)
    {
        if (outsider == "anonymous")
        {
            return Host.CreateBrowser(Host.NextAddress());
        }

        if (outsider == "integration")
        {
            using var machine = Host.CreateBrowser(Host.NextAddress());
            var tokens = await SignIn.TokenAsync(machine, new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "techmarket-integration",
                ["client_secret"] = TechMarketHost.IntegrationSecret, ["scope"] = "api",
            });
            return Host.CreateApiClient(tokens.AccessToken!);
        }

        return Host.CreateApiClient(await SignIn.AccessTokenAsync(outsider));
    }
}
