using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Turns what the framework says about a body or query string it could not bind ("The JSON value could not be
/// converted to System.Collections.Generic.IReadOnlyList`1[System.Guid]") into a 400 in the API's own terms:
/// the field, as the JSON names it, and the shape it should have.
/// </summary>
internal static partial class RequestErrors
{
    /// <param name="endpoint">The endpoint that failed: the exception handler has already cleared it from the context.</param>
    public static IResult From(BadHttpRequestException bad, HttpContext http, Endpoint? endpoint)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (bad.InnerException is JsonException json)
        {
            var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            return Invalid(FromJson(json, bodyType, options));
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problems.UnsupportedMediaType();
        }

        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problems.Problem(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too-large" : "bad-request",
                bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", bad.Message);
        }

        if (Parameter().Match(bad.Message) is { Success: true } parameter)
        {
            var name = parameter.Groups["name"].Value;
            if (bad.Message.Contains("from body", StringComparison.Ordinal) || bad.Message.Contains("no body", StringComparison.Ordinal))
            {
                return Invalid(new() { ["body"] = ["A JSON object is required as the request body."] });
            }

            var type = endpoint?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
                .FirstOrDefault(p => p.Name == name)?.ParameterInfo.ParameterType;
            return Invalid(new() { [name] = [$"Expected {ApiShapes.Describe(type, options)}."] });
        }

        return Invalid(new() { ["body"] = ["The request could not be read: " + bad.Message] });
    }

    public static Dictionary<string, string[]> FromJson(JsonException json, Type? bodyType, JsonSerializerOptions options)
    {
        var field = ApiShapes.FieldOf(json.Path);
        var message = json.Message;
        if (json is RequestShapeException shape)
        {
            return new() { [Join(field, shape.Member)] = [shape.Message] };
        }

        if (json.GetType().Name == "JsonReaderException" || json.InnerException?.GetType().Name == "JsonReaderException")
        {
            var position = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : string.Empty;
            return new() { ["body"] = [$"Not valid JSON{position}: {Cut(message)}"] };
        }

        if (Missing().Match(message) is { Success: true } missing)
        {
            var owner = ApiShapes.TypeAt(bodyType, json.Path, options);
            return missing.Groups["names"].Captures.ToDictionary(
                name => Join(field, name.Value),
                name => new[] { $"Required: {ApiShapes.Describe(ApiShapes.TypeAt(owner, "$." + name.Value, options), options)}." });
        }

        if (field.Length == 0)
        {
            return new() { ["body"] = [$"Expected {ApiShapes.Describe(bodyType, options)}."] };
        }

        var parent = ApiShapes.TypeAt(bodyType, ParentOf(json.Path!), options);
        var expected = ApiShapes.Describe(ApiShapes.TypeAt(bodyType, json.Path, options), options);
        return new()
        {
            [field] =
            [
                message.Contains("could not be mapped", StringComparison.Ordinal)
                    ? $"Not a field of this request; the fields are: {string.Join(", ", ApiShapes.FieldsOf(parent, options))}."
                    : message.Contains("Duplicate property", StringComparison.Ordinal)
                        ? "Given more than once (field names are case-sensitive and may appear once)."
                        : message.Contains("null values", StringComparison.Ordinal)
                            ? $"May not be null: expected {expected}."
                            : $"Expected {expected}.",
            ],
        };
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        Problems.Validation(errors, errors.Select(e => $"{e.Key}: {e.Value[0]}").First());

    private static string Join(string field, string? member) =>
        string.IsNullOrEmpty(member) ? (field.Length == 0 ? "body" : field) : field.Length == 0 ? member : $"{field}.{member}";

    private static string ParentOf(string path) =>
        path.EndsWith(']') && path.LastIndexOf('[') is var bracket and > 0 ? path[..bracket] : path[..Math.Max(1, path.LastIndexOf('.'))];

    private static string Cut(string message) =>
        message.IndexOf(" Path:", StringComparison.Ordinal) is var at and >= 0 ? message[..at] : message;

    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>[^" ]+)" """)]
    private static partial Regex Parameter();

    [GeneratedRegex("""missing required properties including: (?:'(?<names>[^']+)'(?:, )?)+""")]
    private static partial Regex Missing();
}
