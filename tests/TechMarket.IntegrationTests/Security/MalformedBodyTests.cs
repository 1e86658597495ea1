using System.Net;
using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Bodies that are not what the OpenAPI document describes get a 400 naming the field and the expected shape —
/// never a 500, never a silently defaulted value, never a .NET type name — and write nothing.
/// </summary>
public sealed class MalformedBodyTests(TechMarketHost host) : ApiTest(host)
{
    [Theory]
    [InlineData("title", "电池材料\u0000")]
    [InlineData("title", "电池材料\u0001改性")]
    [InlineData("title", "电池\u001b[31m材料")]
    [InlineData("title", "电池材料\u007f改性")]
    [InlineData("title", "第一行\n第二行标题")]
    [InlineData("field", "0401\t")]
    [InlineData("description", "高镍正极材料循环寿命\u0000提升")]
    [InlineData("confidentialDetails", "回转窑\u0000型号")]
    public async Task Control_characters_in_text_are_a_400_naming_the_field(string field, string text)
    {
        var content = Content(Marker());
        content[field] = text;

        var problem = await RefusedAsync(Demo.Enterprise, HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(content));

        problem.FieldErrors().ShouldBe([field]);
    }

    [Fact]
    public async Task Long_text_keeps_its_line_breaks_and_tabs()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var content = Content(Marker());
        content["description"] = "现状：\r\n\t1. 循环寿命不足\n\t2. 产线兼容性要求高";

        var (id, _) = await DraftAsync(enterprise, content);

        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{id}")).Description.ShouldBe("现状：\r\n\t1. 循环寿命不足\n\t2. 产线兼容性要求高");
    }

    [Theory]
    [InlineData("title", "text")]
    [InlineData("budgetMin", "a number")]
    [InlineData("budgetMax", "a number")]
    [InlineData("desiredDelivery", "a date such as 2027-06-30")]
    [InlineData("publicSummary", "text")]
    public async Task A_missing_required_field_of_a_need_is_a_400_not_a_default(string field, string shape)
    {
        var content = Content(Marker());
        content.Remove(field);

        var problem = await RefusedAsync(Demo.Enterprise, HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(content));

        problem.Errors[field][0].ShouldBe($"Required: {shape}.");
    }

    public static TheoryData<string, string, string, string, string> MissingEverywhere => new()
    {
        { Demo.CityBureau, "POST", "/api/challenges", DraftWithout("mode"), "mode" },
        { Demo.CityBureau, "POST", "/api/challenges", DraftWithout("opensAt"), "opensAt" },
        { Demo.CityBureau, "POST", "/api/challenges", DraftWithout("governmentSubsidy"), "governmentSubsidy" },
        { "anonymous", "POST", "/api/organisations/registrations", RegistrationWithout("kind"), "kind" },
        { Demo.Expert, "PUT", $"/api/challenges/{Guid.CreateVersion7()}/bids/{Guid.CreateVersion7()}/scores", """{"scores":[{"criterion":"approach"}]}""", "scores[0].score" },
        { Demo.CityBureau, "PUT", $"/api/challenges/{Guid.CreateVersion7()}/bids/{Guid.CreateVersion7()}/feedback", "{}", "reason" },
        { Demo.CityBureau, "POST", $"/api/challenges/{Guid.CreateVersion7()}/stages/1/gate", $$"""{"decisions":[{"bidId":"{{Guid.CreateVersion7()}}"}]}""", "decisions[0].outcome" },
    };

    [Theory]
    [MemberData(nameof(MissingEverywhere))]
    public async Task Required_means_required_on_every_endpoint(string caller, string method, string url, string body, string field)
    {
        var problem = await RefusedAsync(caller, new HttpMethod(method), url, body);

        problem.FieldErrors().ShouldContain(field);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Enterprise,University\"")]
    [InlineData("\"enterprise\"")]
    public async Task An_enum_is_one_of_its_names_and_nothing_else(string kind)
    {
        var body = RegistrationWithout("kind").TrimEnd('}') + $",\"kind\":{kind}}}";

        var problem = await RefusedAsync("anonymous", HttpMethod.Post, "/api/organisations/registrations", body);

        problem.Errors["kind"][0].ShouldBe("Expected one of: Enterprise, University, Institute, Hospital.");
    }

    [Theory]
    [InlineData(",\"title\":\"重复的标题字段\"", "title")]
    [InlineData(",\"Title\":\"大小写不同的标题\"", "Title")]
    public async Task A_field_given_twice_or_in_another_case_is_a_400(string extra, string field)
    {
        var body = JsonSerializer.Serialize(Content(Marker())).TrimEnd('}') + extra + "}";

        var problem = await RefusedAsync(Demo.Enterprise, HttpMethod.Post, "/api/needs", body);

        problem.FieldErrors().ShouldBe([field]);
    }

    [Theory]
    [InlineData("desiredDelivery", "\"0001-01-01\"")]
    [InlineData("desiredDelivery", "\"9999-12-31\"")]
    [InlineData("budgetMin", "10.123")]
    [InlineData("budgetMin", "0.001")]
    [InlineData("budgetMin", "1e-300")]
    [InlineData("budgetMin", "-1")]
    [InlineData("budgetMax", "1e40")]
    [InlineData("budgetMax", "\"1000\"")]
    public async Task Dates_outside_the_window_and_money_that_is_not_yuan_and_fen_are_a_400(string field, string value)
    {
        var content = Content(Marker());
        content[field] = JsonDocument.Parse(value).RootElement;

        var problem = await RefusedAsync(Demo.Enterprise, HttpMethod.Post, "/api/needs", JsonSerializer.Serialize(content));

        problem.FieldErrors().ShouldContain(field);
    }

    public static TheoryData<string, string, string, string, string> NullsInLists => new()
    {
        { Demo.CityBureau, "POST", "/api/challenges", DraftWith("needs", "[null]"), "needs[0]" },
        { Demo.CityBureau, "POST", "/api/challenges", DraftWith("criteria", "[null]"), "criteria[0]" },
        { Demo.CityBureau, "POST", "/api/challenges", DraftWith("eligibility", """{"kinds":[null],"districts":[]}"""), "eligibility.kinds[0]" },
        { Demo.Expert, "PUT", $"/api/challenges/{Guid.CreateVersion7()}/bids/{Guid.CreateVersion7()}/scores", """{"scores":[null]}""", "scores[0]" },
        { Demo.CityBureau, "POST", $"/api/challenges/{Guid.CreateVersion7()}/stages/1/gate", """{"decisions":[null]}""", "decisions[0]" },
        { Demo.Expert, "PUT", "/api/experts/me", """{"fields":["0401",null]}""", "fields[1]" },
    };

    [Theory]
    [MemberData(nameof(NullsInLists))]
    public async Task A_null_inside_a_list_is_a_400_naming_the_item(string caller, string method, string url, string body, string item)
    {
        var problem = await RefusedAsync(caller, new HttpMethod(method), url, body);

        problem.FieldErrors().ShouldBe([item]);
    }

    [Theory]
    [InlineData("criteria", """[{"key":"a","name":"方案","weight":2147483647},{"key":"b","name":"团队","weight":2147483647},{"key":"c","name":"预算","weight":2}]""")]
    [InlineData("criteria", """[{"key":"a","name":"方案","weight":2147483648}]""")]
    [InlineData("needs", """[{"needId":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d","amount":79228162514264337593543950335},{"needId":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9e","amount":79228162514264337593543950335}]""")]
    [InlineData("needs", """[{"needId":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d","amount":79228162514264337593543950336}]""")]
    public async Task Numbers_whose_sums_overflow_are_a_400(string field, string value)
    {
        var problem = await RefusedAsync(Demo.CityBureau, HttpMethod.Post, "/api/challenges", DraftWith(field, value));

        problem.FieldErrors().ShouldContain(e => e.StartsWith(field, StringComparison.Ordinal));
    }

    /// <summary>Sends the request as the caller and expects a 400 validation problem in the API's terms, and no write.</summary>
    private async Task<Problem> RefusedAsync(string caller, HttpMethod method, string url, string body)
    {
        var client = caller == "anonymous" ? Host.CreateBrowser(Host.NextAddress()) : await AsAsync(caller);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var problem = await (await client.SendRawAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation");

        problem.Text.ShouldNotContain("System.");
        problem.Text.ShouldNotContain("TechMarket.");
        (await watch.WritesAsync()).ShouldBeEmpty();
        return problem;
    }

    private static string DraftWithout(string field)
    {
        var now = DateTimeOffset.UtcNow;
        var draft = Draft(Marker(), [(Guid.CreateVersion7().ToString(), 100m)], now.AddDays(1), now.AddDays(30));
        draft.Remove(field);
        return JsonSerializer.Serialize(draft);
    }

    private static string DraftWith(string field, string json)
    {
        var now = DateTimeOffset.UtcNow;
        var draft = Draft(Marker(), [(Guid.CreateVersion7().ToString(), 100m)], now.AddDays(1), now.AddDays(30));
        draft[field] = JsonDocument.Parse(json).RootElement;
        return JsonSerializer.Serialize(draft);
    }

    private static string RegistrationWithout(string field)
    {
        var registration = new Dictionary<string, object?>
        {
            ["name"] = "宁波格式测试科技有限公司",
            ["kind"] = "Enterprise",
            ["district"] = "330211",
            ["creditCode"] = CreditCode.Complete($"91330211MA{Random.Shared.Next(1000000, 9999999)}"),
            ["contactName"] = "测试联系人",
            ["email"] = $"malformed-{Guid.NewGuid():N}@example.cn",
            ["password"] = "Str0ng-Passw0rd",
        };
        registration.Remove(field);
        return JsonSerializer.Serialize(registration);
    }
}
