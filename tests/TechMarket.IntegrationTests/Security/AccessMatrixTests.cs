using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Role × other organisation × endpoint, for every endpoint the app has: each outsider is refused with 401, 403 or
/// 404 — or, where the matrix says it may have an answer of its own, gets one that holds none of the owners' secrets —
/// and nothing of the owners' changes; each owner gets the status its request should. The list of endpoints comes
/// from the app itself, so an endpoint added without a matrix entry fails here.
/// </summary>
public sealed class AccessMatrixTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly SemaphoreSlim Building = new(1, 1);
    private static AccessFixture? _outsidersFixture;

    public static TheoryData<string> Outsiders => new()
    {
        Demo.OtherEnterprise, "institute@techmarket.demo", Demo.Expert, Demo.Broker, Demo.HaishuBureau, Demo.Admin, Callers.Integration, Callers.Anonymous,
    };

    [Fact]
    public void Every_endpoint_of_the_app_has_exactly_one_matrix_entry()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToList();
        var entries = AccessMatrix.Entries.Select(e => e.Key).ToList();

        endpoints.Except(entries).ShouldBeEmpty("endpoints without a matrix entry");
        entries.Except(endpoints).ShouldBeEmpty("matrix entries for endpoints the app does not have");
        entries.ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_outsider_is_refused_everywhere_it_is_not_answered_about_itself_and_changes_nothing(string outsider)
    {
        var fixture = await OutsidersFixtureAsync();
        var before = await SnapshotAsync(fixture);
        using var client = await Callers.ForAsync(Host, SignIn, outsider);

        foreach (var entry in AccessMatrix.Entries.Where(e => e.Owner is not null && !e.Skipped.Contains(outsider)))
        {
            var response = await SendAsync(client, entry, fixture);
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{outsider}: {entry.Key} → {(int)response.StatusCode} {body}";
            response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, what);
            if (entry.MayAnswer.Contains(outsider))
            {
                response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.Forbidden, HttpStatusCode.NotFound], what);
                fixture.Secrets.ShouldAllBe(secret => !body.Contains(secret, StringComparison.OrdinalIgnoreCase), what);
            }
            else
            {
                response.StatusCode.ShouldBeOneOf([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound], what);
            }
        }

        (await SnapshotAsync(fixture)).ShouldBe(before);
    }

    [Fact]
    public async Task Every_owner_gets_what_its_request_should()
    {
        var fixture = await AccessFixture.BuildAsync(Host, SignIn);

        foreach (var entry in AccessMatrix.Entries.Where(e => e.Owner is not null))
        {
            var response = await SendAsync(fixture.Owners.TryGetValue(entry.Owner!, out var owner) ? owner : await AsAsync(entry.Owner!), entry, fixture);
            response.StatusCode.ShouldBe(entry.OwnerStatus, $"{entry.Owner}: {entry.Key} → {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Signed_in_callers_read_what_is_public_and_anonymous_callers_only_what_is_open()
    {
        var fixture = await OutsidersFixtureAsync();
        using var anonymous = await Callers.ForAsync(Host, SignIn, Callers.Anonymous);
        using var broker = await Callers.ForAsync(Host, SignIn, Demo.Broker);
        foreach (var entry in AccessMatrix.Entries.Where(e => e.Method == "GET" && e.MayAnswer.Contains(Demo.Broker)))
        {
            (await SendAsync(broker, entry, fixture)).StatusCode.ShouldBe(HttpStatusCode.OK, entry.Key);
            (await SendAsync(anonymous, entry, fixture)).StatusCode.ShouldBe(
                entry.MayAnswer.Contains(Callers.Anonymous) ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, entry.Key);
        }
    }

    private async Task<AccessFixture> OutsidersFixtureAsync()
    {
        await Building.WaitAsync();
        try
        {
            return _outsidersFixture ??= await AccessFixture.BuildAsync(Host, SignIn);
        }
        finally
        {
            Building.Release();
        }
    }

    /// <summary>Each owned resource's version ETag, as its owner reads it; it must be there to compare.</summary>
    private async Task<List<string>> SnapshotAsync(AccessFixture fixture)
    {
        var versions = new List<string>();
        foreach (var (owner, url) in fixture.Owned)
        {
            var response = await fixture.Owners[owner].GetAsync(url);
            versions.Add($"{url} {response.ETag()}");
        }

        return versions;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, AccessMatrix.Entry entry, AccessFixture fixture)
    {
        var request = new HttpRequestMessage(new HttpMethod(entry.Method), entry.Url(fixture));
        request.Content = entry.Body?.Invoke(fixture) switch
        {
            null => null,
            HttpContent content => content,
            var json => JsonContent.Create(json, json.GetType(), options: HttpAssertions.Json),
        };
        return client.SendAsync(request);
    }
}
