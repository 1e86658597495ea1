using System.Net;
using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Query strings, route ids, content types and If-Match headers the API does not accept get a clear 400, 404,
/// 412 or 415 — never a 500 — and write nothing.
/// </summary>
public sealed class MalformedRequestTests(TechMarketHost host) : ApiTest(host)
{
    private const string Zero = "00000000-0000-0000-0000-000000000000";

    [Theory]
    [InlineData(Demo.Enterprise, "/api/needs?q=%00", "q")]
    [InlineData(Demo.Enterprise, "/api/needs?q=%E7%94%B5%01", "q")]
    [InlineData(Demo.Enterprise, "/api/needs?district=%1B", "district")]
    [InlineData(Demo.University, "/api/challenges?field=04%7F", "field")]
    [InlineData(Demo.CityBureau, "/api/experts?field=%00", "field")]
    public async Task Control_characters_in_a_query_filter_are_a_400(string caller, string url, string parameter) =>
        (await RefusedAsync(caller, url)).FieldErrors().ShouldBe([parameter]);

    [Theory]
    [InlineData("/api/needs?page=2147483647", "page")]
    [InlineData("/api/needs?page=10001", "page")]
    [InlineData("/api/needs?page=0", "page")]
    [InlineData("/api/needs?page=99999999999", "page")]
    [InlineData("/api/needs?page=1e3", "page")]
    [InlineData("/api/needs?page=1&page=2", "page")]
    [InlineData("/api/needs?pageSize=0", "pageSize")]
    [InlineData("/api/needs?pageSize=101", "pageSize")]
    [InlineData("/api/needs?pageSize=2147483647", "pageSize")]
    [InlineData("/api/needs/mine?page=2147483647&pageSize=100", "page")]
    [InlineData("/api/challenges?page=2147483647", "page")]
    public async Task Pages_that_overflow_or_fall_outside_the_bounds_are_a_400(string url, string parameter)
    {
        var problem = await RefusedAsync(Demo.Enterprise, url);

        problem.FieldErrors().ShouldBe([parameter]);
        problem.Text.ShouldNotContain("Int32");
        problem.Text.ShouldNotContain("Nullable");
    }

    [Theory]
    [InlineData("/api/needs/mine?status=99")]
    [InlineData("/api/needs/mine?status=1")]
    [InlineData("/api/needs/mine?status=accepted")]
    [InlineData("/api/needs/mine?status=Accepted,Submitted")]
    [InlineData("/api/needs/mine?status=%20Accepted")]
    public async Task A_status_filter_is_one_of_the_status_names(string url) =>
        (await RefusedAsync(Demo.Enterprise, url)).Errors["status"][0]
            .ShouldBe("Expected one of: Draft, Submitted, Accepted, Rejected, Withdrawn.");

    [Fact]
    public async Task A_status_filter_by_name_works()
    {
        var enterprise = await AsAsync(Demo.Enterprise);

        var page = await enterprise.GetJsonAsync<Paged<NeedView>>("/api/needs/mine?status=Accepted&page=1&pageSize=5");

        page.Items.ShouldAllBe(n => n.Status == NeedStatus.Accepted);
    }

    [Theory]
    [InlineData(Demo.Enterprise, "GET", $"/api/needs/{Zero}")]
    [InlineData(Demo.Enterprise, "POST", $"/api/needs/{Zero}/submit")]
    [InlineData(Demo.Enterprise, "PUT", $"/api/needs/{Zero}")]
    [InlineData(Demo.University, "GET", $"/api/challenges/{Zero}")]
    [InlineData(Demo.University, "POST", $"/api/challenges/{Zero}/bids")]
    [InlineData(Demo.University, "POST", $"/api/challenges/{Zero}/nda")]
    [InlineData(Demo.University, "GET", $"/api/bids/{Zero}")]
    [InlineData(Demo.University, "POST", $"/api/bids/{Zero}/withdraw")]
    [InlineData(Demo.Expert, "PUT", $"/api/challenges/{Zero}/bids/{Zero}/scores")]
    [InlineData(Demo.CityBureau, "POST", $"/api/organisations/{Zero}/approve")]
    [InlineData(Demo.CityBureau, "GET", $"/api/challenges/{Zero}/stages")]
    public async Task The_all_zero_uuid_as_a_route_id_is_a_404(string caller, string method, string url)
    {
        var client = await AsAsync(caller);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var response = await client.SendRawAsync(new HttpMethod(method), url, method == "GET" ? null : "{}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-found");
        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("application/json; charset=foo")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_utf8_json_is_a_415(string? contentType)
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var response = await enterprise.SendRawAsync(HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(Content(Marker())), contentType);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_utf8_charset_is_fine()
    {
        var enterprise = await AsAsync(Demo.Enterprise);

        var response = await enterprise.SendRawAsync(HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(Content(Marker())), "application/json; charset=UTF-8");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"0\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.PreconditionFailed)]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    public async Task If_Match_on_a_create_is_refused_not_ignored(string ifMatch, HttpStatusCode status)
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var anonymous = Host.CreateBrowser(Host.NextAddress());
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await enterprise.SendRawAsync(HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(Content(Marker())), ifMatch: ifMatch))
            .ShouldBeProblemAsync(status);
        await (await anonymous.SendRawAsync(HttpMethod.Post, "/api/organisations/registrations", Registration(), ifMatch: ifMatch))
            .ShouldBeProblemAsync(status);
        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_expert_profile_has_a_version_and_a_stale_update_is_refused()
    {
        var expert = await AsAsync("expert.chen@techmarket.demo");
        var current = await expert.GetAsync("/api/experts/me");
        var profile = await current.ShouldBeOkAsync<ExpertProfile>();
        var etag = current.ETag();
        var version = long.Parse(etag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var body = new { fields = profile.Fields, declaredConflicts = profile.DeclaredConflicts };

        var updated = await expert.PutAsync("/api/experts/me", body, ifMatch: etag);
        await updated.ShouldBeOkAsync();
        updated.ETag().ShouldBe($"\"{version + 1}\"");

        await (await expert.PutAsync("/api/experts/me", body, ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale-version");
        await (await expert.PutAsync("/api/experts/me", body, ifMatch: "\"x\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var unconditional = await expert.PutAsync("/api/experts/me", body);
        await unconditional.ShouldBeOkAsync();
        unconditional.ETag().ShouldBe($"\"{version + 2}\"");
        (await expert.GetAsync("/api/experts/me")).ETag().ShouldBe($"\"{version + 2}\"");
    }

    private static string Registration() => JsonSerializer.Serialize(
        Infrastructure.Organisations.Registration(OrganisationKind.Enterprise, "330211", "宁波前置条件测试有限公司"), HttpAssertions.Json);

    /// <summary>GETs the URL as the caller and expects a 400 validation problem.</summary>
    private async Task<Problem> RefusedAsync(string caller, string url) =>
        await (await (await AsAsync(caller)).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation");
}
