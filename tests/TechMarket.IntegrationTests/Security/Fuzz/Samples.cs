using System.Text.Json;
using System.Text.Json.Nodes;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Security.Fuzz;

/// <summary>
/// Well-formed values for a schema — as valid as a field's name lets us guess (field codes, districts, real ids
/// of the demo data) — so that a single defect put into them is the only thing wrong with a request and the
/// server's checks are reached, not skipped by an earlier error.
/// </summary>
public sealed class Samples(ApiDescription api, IReadOnlyDictionary<string, IReadOnlyList<string>> ids, Random random)
{
    private static readonly Dictionary<string, Func<JsonNode?>> ByName = new(StringComparer.Ordinal)
    {
        ["field"] = () => "0401",
        ["refinedField"] = () => "0401",
        ["district"] = () => "330211",
        ["districts"] = () => new JsonArray("330211"),
        ["fields"] = () => new JsonArray("0401"),
        ["kinds"] = () => new JsonArray("University"),
        ["key"] = () => "approach",
        ["criterion"] = () => "approach",
        ["email"] = () => $"fuzz-{Guid.NewGuid():N}@example.cn",
        ["password"] = () => "Str0ng-Passw0rd",
        ["attachmentIds"] = () => new JsonArray(),
        ["declaredConflicts"] = () => new JsonArray(),
        ["stages"] = () => null,
        ["weight"] = () => 100,
        ["sharePercent"] = () => 100,
        ["winnerCount"] = () => 1,
        ["score"] = () => 7,
        ["budgetMin"] = () => 1000m,
        ["budgetMax"] = () => 2000m,
        ["opensAt"] = () => "2027-06-01T00:00:00+08:00",
        ["closesAt"] = () => "2027-07-01T00:00:00+08:00",
        ["desiredDelivery"] = () => "2028-06-30",
    };

    public JsonNode? For(JsonElement schema, string name, int depth = 0)
    {
        if (ByName.TryGetValue(name, out var known))
        {
            return known();
        }

        if (name == "creditCode")
        {
            return CreditCode.Complete($"91330211MA{random.Next(1_000_000, 9_999_999)}");
        }

        if (IdOf(name) is { } id)
        {
            return id;
        }

        var type = ApiDescription.TypeOf(schema);
        return type switch
        {
            "object" when depth < 4 => new JsonObject(api.PropertiesOf(schema)
                .Select(p => KeyValuePair.Create(p.Name, For(p.Schema, p.Name, depth + 1)))
                .Where(p => p.Value is not null || !ByName.ContainsKey(p.Key))),
            "object" => new JsonObject(),
            "array" when schema.TryGetProperty("items", out var items) => new JsonArray(For(api.Resolve(items), name, depth + 1)),
            "array" => new JsonArray(),
            "integer" => 1,
            "number" => 100000m,
            "boolean" => true,
            _ => Text(schema),
        };
    }

    /// <summary>A real id for a field that names something of the demo data, e.g. needId → an accepted need.</summary>
    public string? IdOf(string name)
    {
        var kind = name switch
        {
            "needId" => "accepted-needs",
            "bidId" => "bids",
            "expertId" => "experts",
            _ => null,
        };
        return kind is not null && ids.TryGetValue(kind, out var known) && known.Count > 0 ? known[random.Next(known.Count)] : null;
    }

    private static JsonNode Text(JsonElement schema) =>
        ApiDescription.EnumOf(schema) is [var first, ..] ? first
        : ApiDescription.FormatOf(schema) switch
        {
            "uuid" => Guid.CreateVersion7().ToString(),
            "date" => "2028-06-30",
            "date-time" => "2027-06-01T00:00:00+08:00",
            _ => "模糊测试样本文本 fuzz sample text",
        };
}
