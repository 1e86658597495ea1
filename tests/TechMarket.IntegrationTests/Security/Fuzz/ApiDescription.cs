using System.Text.Json;

namespace TechMarket.IntegrationTests.Security.Fuzz;

public sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>One operation of the OpenAPI document: its parameters and the schema of its JSON or multipart body.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? JsonBody, bool Multipart)
{
    public IEnumerable<ApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(p => p.In == "query");

    /// <summary>A POST to a collection: nothing exists yet that an If-Match could name.</summary>
    public bool IsCreate => Method == "POST" && !InPath.Any();

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The server's own description of itself (GET /openapi/v1.json): the operations and their schemas.</summary>
public sealed class ApiDescription
{
    private readonly JsonElement _schemas;

    public ApiDescription(JsonElement document)
    {
        _schemas = document.GetProperty("components").GetProperty("schemas");
        Operations = [.. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(operation =>
        {
            var parameters = operation.Value.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray()
                    .Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, Resolve(p.GetProperty("schema"))))
                    .ToList()
                : [];
            JsonElement? json = null;
            var multipart = false;
            if (operation.Value.TryGetProperty("requestBody", out var body))
            {
                var content = body.GetProperty("content");
                json = content.TryGetProperty("application/json", out var media) ? media.GetProperty("schema") : null;
                multipart = content.TryGetProperty("multipart/form-data", out _);
            }

            return new ApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, json, multipart);
        }))];
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    /// <summary>Follows a $ref to its schema.</summary>
    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Resolve(_schemas.GetProperty(reference.GetString()!.Split('/')[^1])) : schema;

    public static string TypeOf(JsonElement schema) => schema.TryGetProperty("type", out var type)
        ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).First(t => t != "null") : type.GetString()!
        : schema.TryGetProperty("enum", out _) ? "string" : "object";

    /// <summary>"type": [..., "null"], or — how a nullable reference to a component is written — "oneOf" with {"type": "null"}.</summary>
    public static bool IsNullable(JsonElement schema) =>
        (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "null"))
        || (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.Array
            && oneOf.EnumerateArray().Any(o => o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));

    public static string? FormatOf(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    public static IReadOnlyList<string> EnumOf(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

    public static IReadOnlyList<string> RequiredOf(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];

    public IEnumerable<(string Name, JsonElement Schema, JsonElement Declared)> PropertiesOf(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, Resolve(p.Value), p.Value))
            : [];
}
