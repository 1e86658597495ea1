using System.Text.Json;
using System.Text.Json.Nodes;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Infrastructure;

/// <summary>Request bodies are read exactly as the OpenAPI document describes them, or refused with the field and the
/// expected shape in the API's own terms. Read with the server's own JSON options.</summary>
public class RequestBodyTests
{
    private const string Need = """
        {"title":"锂电池正极材料改性","description":"高镍正极材料循环寿命提升方案","field":"0401","budgetMin":1000,"budgetMax":2000.5,
         "desiredDelivery":"2028-06-30","publicSummary":"寻求正极材料改性技术"}
        """;

    private const string Challenge = """
        {"title":"正极材料攻关","publicSummary":"面向动力电池的正极材料","confidentialDetails":"保密","requirements":"循环1000次保持率90%",
         "field":"0401","needs":[{"needId":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d","amount":100}],"governmentSubsidy":50,
         "opensAt":"2027-01-01T00:00:00+08:00","closesAt":"2027-02-01T00:00:00+08:00",
         "criteria":[{"key":"approach","name":"技术方案","weight":100}],"eligibility":{"kinds":["University"],"districts":[]},
         "mode":"SingleWinner","winnerCount":1,"ndaTerms":"不得外传保密信息"}
        """;

    private const string Registration = """
        {"name":"甬江新材料","kind":"Enterprise","district":"330211","creditCode":"91330211MA2H4K7X1Y","contactName":"张伟",
         "email":"a@b.cn","password":"Secret@2026"}
        """;

    [Fact]
    public void A_well_formed_body_is_read_and_optional_fields_may_be_left_out()
    {
        Bodies.Read<NeedContent>(Need).ConfidentialDetails.ShouldBeNull();
        Bodies.Read<DraftChallengeRequest>(Challenge).Stages.ShouldBeNull();
        Bodies.Read<AcceptNeedRequest>("{}").ShouldBe(new AcceptNeedRequest());
        Bodies.Read<FeedbackRequest>("""{"reason":"TeamCapability"}""").Comment.ShouldBeNull();
    }

    [Theory]
    [InlineData("title")]
    [InlineData("field")]
    [InlineData("budgetMin")]
    [InlineData("budgetMax")]
    [InlineData("desiredDelivery")]
    [InlineData("publicSummary")]
    public void A_missing_required_field_is_refused_rather_than_defaulted(string field) =>
        Bodies.Errors<NeedContent>(Without(Need, field))[field].ShouldHaveSingleItem().ShouldStartWith("Required: ");

    [Theory]
    [InlineData("mode", "one of: SingleWinner, HorseRace")]
    [InlineData("opensAt", "a date and time")]
    [InlineData("governmentSubsidy", "a number")]
    public void Required_means_required_for_enums_dates_and_money_too(string field, string shape) =>
        Bodies.Errors<DraftChallengeRequest>(Without(Challenge, field))[field].ShouldHaveSingleItem().ShouldContain(shape);

    [Fact]
    public void Nested_required_fields_are_named_by_their_path()
    {
        Bodies.Errors<ScoreRequest>("""{"scores":[{"criterion":"approach"}]}""").Keys.ShouldBe(["scores[0].score"]);
        Bodies.Errors<FeedbackRequest>("{}").Keys.ShouldBe(["reason"]);
        Bodies.Errors<StageGateRequest>("""{"decisions":[{"bidId":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d"}]}""").Keys.ShouldBe(["decisions[0].outcome"]);
    }

    [Fact]
    public void Null_where_the_field_is_not_nullable_is_refused() =>
        Bodies.Errors<NeedContent>(With(Need, "title", (JsonNode?)null))["title"].ShouldHaveSingleItem().ShouldStartWith("May not be null");

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Enterprise,University\"")]
    [InlineData("\"enterprise\"")]
    [InlineData("\" Enterprise\"")]
    [InlineData("\"Government\"")]
    public void An_enum_is_exactly_one_of_its_names(string kind) =>
        Bodies.Errors<RegisterOrganisation>(With(Registration, "kind", JsonNode.Parse(kind)))["kind"]
            .ShouldHaveSingleItem().ShouldBe("Expected one of: Enterprise, University, Institute, Hospital.");

    [Fact]
    public void Numbers_are_json_numbers_and_whole_numbers_fit()
    {
        Bodies.Errors<NeedContent>(With(Need, "budgetMin", "1000"))["budgetMin"].ShouldHaveSingleItem().ShouldBe("Expected a number.");
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, "winnerCount", JsonNode.Parse("2147483648")))["winnerCount"]
            .ShouldHaveSingleItem().ShouldBe("Expected a whole number.");
    }

    [Theory]
    [InlineData("1e-300")]
    [InlineData("0.000000000000000000000000000001")]
    public void A_decimal_is_never_rounded_behind_the_clients_back(string amount) =>
        Bodies.Errors<NeedContent>(With(Need, "budgetMin", JsonNode.Parse(amount)))["budgetMin"]
            .ShouldHaveSingleItem().ShouldBe(ExactDecimalConverter.Rule);

    [Fact]
    public void A_decimal_beyond_range_names_the_field() =>
        Bodies.Errors<NeedContent>(With(Need, "budgetMax", JsonNode.Parse("1e40")))["budgetMax"].ShouldHaveSingleItem().ShouldBe("Expected a number.");

    [Fact]
    public void A_field_name_appears_once_and_in_its_own_case()
    {
        Bodies.Errors<NeedContent>(Need.TrimEnd().TrimEnd('}') + ""","title":"另一个标题"}""")["title"]
            .ShouldHaveSingleItem().ShouldContain("more than once");
        Bodies.Errors<NeedContent>(Need.TrimEnd().TrimEnd('}') + ""","Title":"另一个标题"}""")["Title"]
            .ShouldHaveSingleItem().ShouldStartWith("Not a field of this request; the fields are: title, description");
    }

    [Theory]
    [InlineData("criteria")]
    [InlineData("needs")]
    public void A_null_inside_a_list_is_refused(string list) =>
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, list, new JsonArray((JsonNode?)null)))[$"{list}[0]"]
            .ShouldHaveSingleItem().ShouldBe("A list item may not be null.");

    [Fact]
    public void Null_scores_and_decisions_are_refused_too()
    {
        Bodies.Errors<ScoreRequest>("""{"scores":[null]}""").Keys.ShouldBe(["scores[0]"]);
        Bodies.Errors<StageGateRequest>("""{"decisions":[null]}""").Keys.ShouldBe(["decisions[0]"]);
        Bodies.Errors<ExpertProfileRequest>("""{"fields":[null]}""").Keys.ShouldBe(["fields[0]"]);
    }

    [Theory]
    [InlineData("title", "标题\u0000")]
    [InlineData("title", "标题\u001b[31m")]
    [InlineData("title", "第一行\n第二行")]
    [InlineData("field", "0401\t")]
    [InlineData("description", "描述\u0000")]
    [InlineData("description", "描述\u007f")]
    public void Control_characters_are_refused_where_they_do_not_belong(string field, string text) =>
        Bodies.Errors<NeedContent>(With(Need, field, text)).Keys.ShouldBe([field]);

    [Fact]
    public void Long_text_keeps_its_line_breaks_and_tabs() =>
        Bodies.Read<NeedContent>(With(Need, "description", "第一段\r\n\t第二段")).Description.ShouldBe("第一段\r\n\t第二段");

    [Fact]
    public void Text_inside_nested_objects_and_lists_is_checked_with_its_path()
    {
        var criteria = JsonNode.Parse("""[{"key":"approach","name":"技术\u001b方案","weight":100}]""");
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, "criteria", criteria)).Keys.ShouldBe(["criteria[0].name"]);
        var eligibility = JsonNode.Parse("""{"kinds":["University"],"districts":["330211\u0000"]}""");
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, "eligibility", eligibility)).Keys.ShouldBe(["eligibility.districts[0]"]);
    }

    [Theory]
    [InlineData("desiredDelivery", "0001-01-01")]
    [InlineData("desiredDelivery", "9999-12-31")]
    [InlineData("desiredDelivery", "1999-12-31")]
    [InlineData("desiredDelivery", "2101-01-01")]
    public void Dates_outside_the_window_are_refused(string field, string date) =>
        Bodies.Errors<NeedContent>(With(Need, field, date))[field].ShouldHaveSingleItem().ShouldBe(DateWindow.Rule);

    [Theory]
    [InlineData("opensAt", "0001-01-01T00:00:00Z")]
    [InlineData("closesAt", "9999-12-31T23:59:59Z")]
    public void Instants_outside_the_window_are_refused(string field, string instant) =>
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, field, instant))[field].ShouldHaveSingleItem().ShouldBe(DateWindow.Rule);

    [Fact]
    public void The_all_zero_uuid_names_nothing()
    {
        var needs = JsonNode.Parse("""[{"needId":"00000000-0000-0000-0000-000000000000","amount":100}]""");
        Bodies.Errors<DraftChallengeRequest>(With(Challenge, "needs", needs)).Keys.ShouldBe(["needs[0].needId"]);
        Bodies.Errors<ExpertProfileRequest>("""{"fields":["0401"],"declaredConflicts":["00000000-0000-0000-0000-000000000000"]}""")
            .Keys.ShouldBe(["declaredConflicts[0]"]);
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_position() =>
        Bodies.Errors<NeedContent>("{\"title\": \"未闭合")["body"].ShouldHaveSingleItem().ShouldStartWith("Not valid JSON (line 1");

    [Theory]
    [InlineData("""{"needs":"0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d"}""")]
    [InlineData("""{"needs":[{"needId":"not-a-uuid","amount":1}]}""")]
    [InlineData("""{"criteria":{"key":"a"}}""")]
    [InlineData("""{"eligibility":[]}""")]
    [InlineData("""{"stages":[{"name":1,"sharePercent":"40"}]}""")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void No_answer_names_a_dotnet_type(string body)
    {
        var messages = Bodies.Errors<DraftChallengeRequest>(body).SelectMany(e => e.Value.Append(e.Key)).ToList();

        messages.ShouldNotBeEmpty();
        foreach (var message in messages)
        {
            message.ShouldNotContain("System.");
            message.ShouldNotContain("TechMarket.");
            message.ShouldNotContain("`1");
            message.ShouldNotContain("Nullable");
        }
    }

    private static string Without(string json, string field)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove(field);
        return node.ToJsonString();
    }

    private static string With(string json, string field, JsonNode? value)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node[field] = value;
        return node.ToJsonString();
    }

    private static string With(string json, string field, string text) => With(json, field, JsonValue.Create(text));
}

/// <summary>Reads bodies the way the server does, and its 400 answers.</summary>
internal static class Bodies
{
    private static readonly JsonSerializerOptions Options = Create();

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static Dictionary<string, string[]> Errors<T>(string json)
    {
        try
        {
            Read<T>(json);
        }
        catch (JsonException e)
        {
            return RequestErrors.FromJson(e, typeof(T), Options);
        }

        throw new ShouldAssertException($"The body was accepted: {json}");
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HttpSetup.ConfigureJson(options);
        return options;
    }
}
