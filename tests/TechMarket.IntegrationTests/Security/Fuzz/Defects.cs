using System.Text.Json;
using System.Text.Json.Nodes;

namespace TechMarket.IntegrationTests.Security.Fuzz;

/// <summary>
/// The defects put into one value, by what the schema says the value is. Every one breaks the contract the OpenAPI
/// document states (type, format, enum, required, nullable) or a rule the API applies to every field of its kind
/// (no control characters, dates in 2000–2100, money in yuan and fen, no all-zero UUID, small bounded integers) —
/// so a request carrying one must be refused, whatever else it holds.
/// </summary>
public static class Defects
{
    private static readonly string[] Controls = ["\u0000", "\u0001", "\u001b", "\u007f"];

    /// <summary>(kind, bad value) pairs for a value of this schema; the caller picks among each kind's variants.</summary>
    public static IEnumerable<(string Kind, JsonNode?[] Variants)> For(JsonElement schema, JsonNode? sample, bool nullable)
    {
        var type = ApiDescription.TypeOf(schema);
        if (!nullable)
        {
            yield return ("null", [null]);
        }

        yield return ("wrong-type", type switch
        {
            "string" => [12345, true, new JsonArray(), new JsonObject()],
            "integer" => ["1", 1.5m, true],
            "number" => ["100", true, new JsonObject()],
            "array" => [new JsonObject(), "list", 1],
            "object" => [new JsonArray(), "object", 1],
            _ => [new JsonArray()],
        });

        if (type == "string")
        {
            var text = sample?.GetValueKind() == JsonValueKind.String ? sample.GetValue<string>() : "文本";
            yield return ("control-character", [.. Controls.Select(c => (JsonNode?)(text + c)), .. Controls.Select(c => (JsonNode?)(c + text))]);
        }

        if (ApiDescription.EnumOf(schema) is [var first, var second, ..])
        {
            yield return ("bad-enum", ["1", 1, $"{first},{second}", first.ToLowerInvariant(), " " + first, "NoSuchValue"]);
        }

        switch (ApiDescription.FormatOf(schema))
        {
            case "date":
                yield return ("bad-date", ["0001-01-01", "9999-12-31", "1999-12-31", "2027-02-30", "not-a-date"]);
                break;
            case "date-time":
                yield return ("bad-date", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2101-01-01T00:00:00Z", "2027-13-01T00:00:00Z"]);
                break;
            case "uuid":
                yield return ("bad-uuid", ["00000000-0000-0000-0000-000000000000", "not-a-uuid", "", "0195b3c2-7f4e-7a10-9c2d"]);
                break;
        }

        if (type == "integer")
        {
            yield return ("huge-number", [JsonNode.Parse("2147483648"), JsonNode.Parse("-2147483649"), JsonNode.Parse("1e40"), int.MaxValue]);
        }

        if (type == "number")
        {
            yield return ("huge-number", [JsonNode.Parse("1e40"), JsonNode.Parse("79228162514264337593543950336"), JsonNode.Parse("-1e40")]);
            yield return ("not-money", [JsonNode.Parse("1e-300"), JsonNode.Parse("0.001"), JsonNode.Parse("10.123"), -1]);
        }

        if (type == "array")
        {
            yield return ("null-in-array", [new JsonArray((JsonNode?)null), new JsonArray(sample?.AsArray().FirstOrDefault()?.DeepClone(), null)]);
        }
    }

    /// <summary>Whole bodies that are no object of the schema at all.</summary>
    public static IEnumerable<(string Kind, string Body)> Bodies(JsonNode? sample, bool hasRequired)
    {
        yield return ("not-an-object", "null");
        yield return ("not-an-object", "[]");
        yield return ("not-an-object", "\"text\"");
        yield return ("not-an-object", "42");
        yield return ("not-json", "");
        yield return ("not-json", "{");
        yield return ("not-json", "{\"a\":");
        yield return ("not-json", "{'single':'quotes'}");
        yield return ("too-deep", new string('[', 100) + new string(']', 100));
        yield return ("too-large", $"{{\"x\":\"{new string('x', 300 * 1024)}\"}}");
        if (hasRequired)
        {
            yield return ("missing-required", "{}");
        }

        if (sample is JsonObject { Count: > 0 } body && body.First() is var (name, value))
        {
            var json = body.ToJsonString();
            yield return ("duplicate-key", $"{json[..^1]},\"{name}\":{value?.ToJsonString() ?? "null"}}}");
            yield return ("case-variant-key", $"{json[..^1]},\"{char.ToUpperInvariant(name[0])}{name[1..]}\":{value?.ToJsonString() ?? "null"}}}");
            yield return ("unknown-field", $"{json[..^1]},\"isAdmin\":true}}");
        }
    }
}
