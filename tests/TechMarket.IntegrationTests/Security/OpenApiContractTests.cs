using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Security;

/// <summary>The OpenAPI document says what the server enforces: which fields are required, which may be null, and
/// the names an enum takes.</summary>
public sealed class OpenApiContractTests(TechMarketHost host) : ApiTest(host)
{
    [Theory]
    [InlineData("NeedContent", "title,description,field,budgetMin,budgetMax,desiredDelivery,publicSummary")]
    [InlineData("DraftChallengeRequest", "title,publicSummary,confidentialDetails,requirements,field,needs,governmentSubsidy,opensAt,closesAt,criteria,eligibility,mode,winnerCount,ndaTerms")]
    [InlineData("RegisterOrganisation", "name,kind,district,creditCode,contactName,email,password")]
    [InlineData("CriterionScore", "criterion,score")]
    [InlineData("StageDecision", "bidId,outcome")]
    [InlineData("FeedbackRequest", "reason")]
    [InlineData("AcceptNeedRequest", "")]
    public async Task Required_fields_are_marked_required_and_only_they(string schema, string required)
    {
        var declared = (await SchemaAsync(schema)).TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()).ToList() : [];

        declared.ShouldBe(required.Split(',', StringSplitOptions.RemoveEmptyEntries), ignoreOrder: true);
    }

    [Theory]
    [InlineData("NeedContent", "title", false)]
    [InlineData("NeedContent", "confidentialDetails", true)]
    [InlineData("DraftChallengeRequest", "stages", true)]
    [InlineData("DraftChallengeRequest", "criteria", false)]
    [InlineData("FeedbackRequest", "comment", true)]
    public async Task A_field_is_nullable_only_where_it_may_be_null(string schema, string field, bool nullable)
    {
        var type = (await SchemaAsync(schema)).GetProperty("properties").GetProperty(field).GetProperty("type");

        (type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "null")).ShouldBe(nullable);
    }

    [Theory]
    [InlineData("OrganisationKind", "Enterprise,University,Institute,Hospital")]
    [InlineData("NeedStatus", "Draft,Submitted,Accepted,Rejected,Withdrawn")]
    [InlineData("StageOutcome", "Continue,Eliminate")]
    public async Task An_enum_is_documented_by_its_names(string schema, string names)
    {
        var declared = await SchemaAsync(schema);

        declared.GetProperty("type").GetString().ShouldBe("string");
        declared.GetProperty("enum").EnumerateArray().Select(n => n.GetString()).ShouldBe(names.Split(','));
    }

    [Fact]
    public async Task Amounts_are_numbers_and_counts_whole_numbers_never_strings()
    {
        var need = (await SchemaAsync("NeedContent")).GetProperty("properties");
        var criterion = (await SchemaAsync("Criterion")).GetProperty("properties");

        need.GetProperty("budgetMin").GetProperty("type").GetString().ShouldBe("number");
        criterion.GetProperty("weight").GetProperty("type").GetString().ShouldBe("integer");
    }

    private async Task<JsonElement> SchemaAsync(string name) =>
        (await Host.CreateBrowser(Host.NextAddress()).GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas").GetProperty(name);
}
