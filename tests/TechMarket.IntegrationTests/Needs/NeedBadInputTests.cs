using System.Net;
using System.Text;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Needs;

/// <summary>Bad input gets a clear problem, never a 500, and never writes an event.</summary>
public sealed class NeedBadInputTests(TechMarketHost host) : ApiTest(host)
{
    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "title", "", "title" },
        { "title", "短", "title" },
        { "field", "99", "field" },
        { "budgetMin", -1m, "budgetMin" },
        { "budgetMin", 10.123m, "budgetMin" },
        { "budgetMax", 1m, "budgetMax" },
        { "desiredDelivery", "2020-01-01", "desiredDelivery" },
        { "publicSummary", null, "publicSummary" },
        { "description", new string('长', 5001), "description" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task A_draft_with_an_invalid_field_is_a_400_naming_the_field_and_writes_nothing(string field, object? value, string reported)
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var before = await CountMineAsync(enterprise);
        var content = Content(Marker());
        content[field] = value;

        var problem = await (await enterprise.PostAsync("/api/needs", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation");

        problem.FieldErrors().ShouldContain(reported, customMessage: problem.Describe());
        (await CountMineAsync(enterprise)).ShouldBe(before);
    }

    [Fact]
    public async Task An_invalid_edit_leaves_the_stream_at_its_version()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var (id, etag) = await DraftAsync(enterprise, Content(Marker()));
        var content = Content(Marker());
        content["budgetMax"] = 1m;

        await (await enterprise.PutAsync($"/api/needs/{id}", content, ifMatch: etag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await enterprise.GetAsync($"/api/needs/{id}")).ETag().ShouldBe(etag);
    }

    [Theory]
    [InlineData("organisationId")]
    [InlineData("status")]
    [InlineData("district")]
    public async Task A_field_the_caller_may_not_set_is_refused_not_ignored(string extra)
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var before = await CountMineAsync(enterprise);
        var content = Content(Marker());
        content[extra] = extra == "status" ? "Accepted" : "330203";

        var problem = await (await enterprise.PostAsync("/api/needs", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Detail!.ShouldContain(extra);
        (await CountMineAsync(enterprise)).ShouldBe(before);
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        using var body = new StringContent("{\"title\": \"未闭合", Encoding.UTF8, "application/json");

        await (await enterprise.PostAsync("/api/needs", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        using var body = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        await (await enterprise.PostAsync("/api/needs", body)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var content = Content(Marker());
        content["confidentialDetails"] = new string('x', 300 * 1024);

        await (await enterprise.PostAsync("/api/needs", content)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_need_that_does_not_exist_is_a_404_problem()
    {
        var enterprise = await AsAsync(Demo.Enterprise);

        await (await enterprise.PostAsync($"/api/needs/{Guid.CreateVersion7()}/submit")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await enterprise.PostAsync($"/api/needs/{Guid.CreateVersion7()}/submit", ifMatch: "\"3\"")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await enterprise.GetAsync($"/api/needs/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await enterprise.GetAsync("/api/needs/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<long> CountMineAsync(HttpClient enterprise) =>
        (await enterprise.GetJsonAsync<Paged<NeedView>>("/api/needs/mine?pageSize=1")).Total;
}
