using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.IntegrationTests.Infrastructure;

public sealed class PlatformTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public void Every_endpoint_names_a_policy_or_is_deliberately_anonymous()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var unguarded = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a => string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        unguarded.ShouldBeEmpty();
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_without_signing_in()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());

        (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await anonymous.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_needs_api()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var document = await anonymous.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/needs");
        paths.ShouldContain("/api/needs/{id}/submit");
        paths.ShouldContain("/api/organisations/registrations");
        (await anonymous.GetAsync("/scalar/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reference_data_lists_the_districts_and_the_eight_fields()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var districts = await anonymous.GetJsonAsync<DistrictList>("/api/reference/districts");
        var fields = await anonymous.GetJsonAsync<List<TechField>>("/api/reference/fields");

        districts.City.Name.ShouldBe("宁波市");
        districts.Districts.Select(d => d.Name).ShouldContain("鄞州区");
        districts.Districts.Count.ShouldBe(11);
        fields.Where(f => f.ParentId is null).Select(f => f.Name).ShouldBe(
            ["电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化"]);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        await (await anonymous.GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
