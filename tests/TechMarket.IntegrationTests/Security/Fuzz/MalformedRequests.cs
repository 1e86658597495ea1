using System.Text.Json;
using System.Text.Json.Nodes;

namespace TechMarket.IntegrationTests.Security.Fuzz;

/// <summary>One malformed request: what is wrong with it, and how to send it.</summary>
public sealed record FuzzCase(string Kind, ApiOperation Operation, string Url, Func<HttpContent?> Content, string? IfMatch = null)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), Url) { Content = Content() };
        if (IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }

        return request;
    }
}

/// <summary>
/// Generates malformed requests for an operation from its OpenAPI description, with one defect each (so every
/// check is reached): bad route ids, bad query parameters, bodies that are not the schema's object, one bad
/// value at every field path, wrong content types, and If-Match on creates. Deterministic for a given seed.
/// </summary>
public sealed class MalformedRequests(ApiDescription api, Samples samples, IReadOnlyDictionary<string, IReadOnlyList<string>> ids, Random random)
{
    // No %00 in a path: the server's HTTP layer refuses it before any of our code (the test server throws instead).
    private static readonly string[] RouteIds = ["00000000-0000-0000-0000-000000000000", "not-a-uuid", "%01", "%E2%80%AE", "0195b3c2-7f4e-7a10-9c2d"];
    private static readonly string[] RouteInts = ["-1", "99999999999", "x", "1.5", "%1B"];
    private static readonly string[] QueryControls = ["%00", "%01", "%1B", "%7F", "a%00b"];
    private static readonly string[] ContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=foo", "application/json; charset=utf-16", "application/json; charset=\"utf-8\""];

    public IEnumerable<FuzzCase> For(ApiOperation operation)
    {
        var body = operation.JsonBody is { } schema ? samples.For(api.Resolve(schema), "body") : null;
        var json = body?.ToJsonString();
        Func<HttpContent?> good = operation.Multipart ? Payloads.Upload("申报书.pdf") : json is null ? () => null : () => Payloads.Json(json);
        var goodUrl = Url(operation, null, null);

        foreach (var parameter in operation.InPath)
        {
            var variants = ApiDescription.TypeOf(parameter.Schema) == "integer" ? RouteInts : [.. RouteIds, Guid.CreateVersion7().ToString()];
            foreach (var value in variants)
            {
                yield return new FuzzCase("route-id", operation, Url(operation, parameter.Name, value), good);
            }
        }

        yield return new FuzzCase("query-control-character", operation, $"{goodUrl}?note={Pick(QueryControls)}", good);
        foreach (var parameter in operation.InQuery)
        {
            foreach (var value in QueryValues(parameter))
            {
                yield return new FuzzCase("query-" + parameter.Name, operation, $"{goodUrl}?{parameter.Name}={value}", good);
            }
        }

        if (operation.Multipart)
        {
            foreach (var upload in Uploads(operation, goodUrl))
            {
                yield return upload;
            }
        }

        if (operation.JsonBody is not { } bodySchema)
        {
            yield break;
        }

        var resolved = api.Resolve(bodySchema);
        foreach (var (kind, text) in Defects.Bodies(body, ApiDescription.RequiredOf(resolved).Count > 0))
        {
            yield return new FuzzCase(kind, operation, goodUrl, () => Payloads.Json(text));
        }

        foreach (var (kind, mutated) in Fields(resolved, body!, []))
        {
            var text = mutated.ToJsonString();
            yield return new FuzzCase(kind, operation, goodUrl, () => Payloads.Json(text));
        }

        foreach (var contentType in ContentTypes.Append(null))
        {
            yield return new FuzzCase("content-type", operation, goodUrl, () => Payloads.Json(json!, contentType));
        }

        if (operation.IsCreate)
        {
            foreach (var ifMatch in new[] { "\"1\"", "*", "garbage" })
            {
                yield return new FuzzCase("if-match-on-create", operation, goodUrl, good, ifMatch);
            }
        }
    }

    /// <summary>The body with one defect at one field: every field path of the schema, nested objects and the first item of lists.</summary>
    private IEnumerable<(string Kind, JsonNode Body)> Fields(JsonElement schema, JsonNode body, IReadOnlyList<object> at)
    {
        var required = ApiDescription.RequiredOf(schema);
        foreach (var (name, property, declared) in api.PropertiesOf(schema))
        {
            var path = at.Append(name).ToList();
            var sample = Payloads.Get(body, path);
            if (required.Contains(name))
            {
                yield return ("missing-required", Payloads.Set(body, path, null, remove: true));
            }

            foreach (var (kind, variants) in Defects.For(property, sample, ApiDescription.IsNullable(declared)))
            {
                yield return (kind, Payloads.Set(body, path, Pick(variants)?.DeepClone(), remove: false));
            }

            var type = ApiDescription.TypeOf(property);
            if (path.Count < 4 && type == "object")
            {
                foreach (var nested in Fields(property, body, path))
                {
                    yield return nested;
                }
            }
            else if (path.Count < 4 && type == "array" && property.TryGetProperty("items", out var declaredItems)
                     && api.Resolve(declaredItems) is var items && ApiDescription.TypeOf(items) == "object")
            {
                foreach (var nested in Fields(items, body, [.. path, 0]))
                {
                    yield return nested;
                }
            }
        }
    }

    private IEnumerable<string> QueryValues(ApiParameter parameter) => ApiDescription.TypeOf(parameter.Schema) switch
    {
        "integer" => ["2147483647", "0", "-1", "10001", "99999999999", "1e3", "abc", $"1&{parameter.Name}=2"],
        _ when ApiDescription.EnumOf(parameter.Schema) is [var first, var second, ..] =>
            ["99", "1", first.ToLowerInvariant(), $"{first},{second}", $"%20{first}", Pick(QueryControls)],
        _ => [Pick(QueryControls), $"x{Pick(QueryControls)}"],
    };

    private IEnumerable<FuzzCase> Uploads(ApiOperation operation, string url)
    {
        yield return new FuzzCase("upload-file-name", operation, url, Payloads.Upload("申报书\u0001.pdf"));
        yield return new FuzzCase("upload-file-name", operation, url, Payloads.Upload("申报书\u0000.pdf"));
        yield return new FuzzCase("upload-file-type", operation, url, Payloads.Upload("申报书.exe"));
        yield return new FuzzCase("upload-no-file", operation, url, () => new MultipartFormDataContent { { new StringContent("x"), "note" } });
        yield return new FuzzCase("upload-not-multipart", operation, url, () => Payloads.Json("{\"file\":\"x\"}"));
        yield return new FuzzCase("upload-broken-multipart", operation, url, () => Payloads.Json("--x\r\nbroken", "multipart/form-data; boundary=x"));
    }

    private string Url(ApiOperation operation, string? bad, string? value)
    {
        var url = operation.Path;
        foreach (var parameter in operation.InPath)
        {
            var replacement = parameter.Name == bad ? value! : GoodValue(operation, parameter);
            url = url.Replace("{" + parameter.Name + "}", replacement, StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>A real id of the kind the path names, so that the defect is all that is wrong — except where a good
    /// id would make a request without a body a valid command: there a made-up id stands in.</summary>
    private string GoodValue(ApiOperation operation, ApiParameter parameter)
    {
        if (ApiDescription.TypeOf(parameter.Schema) == "integer")
        {
            return "1";
        }

        var bodyless = operation.Method != "GET" && operation.JsonBody is null && !operation.Multipart;
        var segments = operation.Path.Split('/');
        var kind = parameter.Name == "bidId" ? "bids" : operation.Multipart ? "open-challenges" : segments[Array.IndexOf(segments, "{" + parameter.Name + "}") - 1];
        return !bodyless && ids.TryGetValue(kind, out var known) && known.Count > 0 ? known[random.Next(known.Count)] : Guid.CreateVersion7().ToString();
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
