using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using FromBodyAttribute = Microsoft.AspNetCore.Mvc.FromBodyAttribute;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;
using FromRouteAttribute = Microsoft.AspNetCore.Mvc.FromRouteAttribute;
using FromServicesAttribute = Microsoft.AspNetCore.Mvc.FromServicesAttribute;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Checks what routing lets through before an endpoint binds it, for every endpoint at once: a body that is not
/// JSON, or JSON declared in a charset other than UTF-8, on a JSON endpoint (415; the framework would fail to
/// decode an unknown charset with a 500); the all-zero UUID as a route id (404: nothing ever has it, and the event
/// store refuses it as a stream id); control characters anywhere in the query string; and query parameters that are
/// not exactly what the endpoint declares — the framework would take <c>status=99</c> or <c>status=1</c> as an enum
/// value, and answer an unparsable number with a message naming .NET types. An upload's file name is checked where
/// the upload is streamed: reading the form here would buffer the whole file.
/// </summary>
public static class RequestChecks
{
    private static readonly ConcurrentDictionary<RouteEndpoint, IReadOnlyList<(string Name, Type Type)>> QueryParameters = new();

    public static IApplicationBuilder UseRequestChecks(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is RouteEndpoint endpoint && Refusal(context, endpoint) is { } refusal)
            {
                await refusal.ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    public static IResult? Refusal(HttpContext http, RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json")
            && (!http.Request.HasJsonContentType() || !DeclaresUtf8(http.Request)))
        {
            return Problems.UnsupportedMediaType();
        }

        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            if (IsGuid(parameter) && Guid.TryParse(http.Request.RouteValues[parameter.Name] as string, out var id) && id == Guid.Empty)
            {
                return Problems.NotFound("Nothing with the all-zero id");
            }
        }

        var errors = QueryErrors(http, endpoint);
        return errors.Count == 0 ? null : Problems.Validation(errors, errors.Select(e => $"{e.Key}: {e.Value[0]}").First());
    }

    private static Dictionary<string, string[]> QueryErrors(HttpContext http, RouteEndpoint endpoint)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, values) in http.Request.Query)
        {
            if (TextRules.Problem(key, longText: false) is { } badKey)
            {
                errors["query"] = [badKey];
            }
            else if (values.Select(v => TextRules.Problem(v ?? string.Empty, longText: false)).FirstOrDefault(p => p is not null) is { } badValue)
            {
                errors[key] = [badValue];
            }
        }

        if (http.Request.Query.Count == 0)
        {
            return errors;
        }

        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var (name, type) in QueryParameters.GetOrAdd(endpoint, DeclaredQueryParameters))
        {
            if (errors.ContainsKey(name) || !http.Request.Query.TryGetValue(name, out var values) || values.All(string.IsNullOrEmpty))
            {
                continue;
            }

            if (values.Count > 1)
            {
                errors[name] = ["Give this parameter once."];
            }
            else if (!Parses(type, values[0]!))
            {
                errors[name] = [$"Expected {ApiShapes.Describe(type, json)}."];
            }
        }

        return errors;
    }

    /// <summary>The query parameters an endpoint declares, by name and type — found once per endpoint.</summary>
    private static IReadOnlyList<(string Name, Type Type)> DeclaredQueryParameters(RouteEndpoint endpoint) =>
    [
        .. endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Select(p => (p.Name, Parameter: p, Type: Nullable.GetUnderlyingType(p.ParameterInfo.ParameterType) ?? p.ParameterInfo.ParameterType))
            .Where(p => endpoint.RoutePattern.GetParameter(p.Name) is null && FromQuery(p.Parameter, p.Type))
            .Select(p => (p.Name, p.Type)),
    ];

    /// <summary>JSON is UTF-8 (RFC 8259 §8.1); a charset parameter, if any, must say so, as the framework can read it.</summary>
    private static bool DeclaresUtf8(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
        && (mediaType.Charset.Length == 0 || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static bool IsGuid(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(policy => string.Equals(policy.Content, "guid", StringComparison.OrdinalIgnoreCase));

    private static bool FromQuery(IParameterBindingMetadata parameter, Type type) =>
        !parameter.HasBindAsync
        && !parameter.ParameterInfo.GetCustomAttributes(inherit: true).Any(a => a is FromServicesAttribute or FromBodyAttribute or FromHeaderAttribute or FromRouteAttribute)
        && (type == typeof(string) || type.IsEnum || type.IsPrimitive || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime));

    private static bool Parses(Type type, string value) => type switch
    {
        _ when type.IsEnum => Enum.GetNames(type).Contains(value, StringComparer.Ordinal),
        _ when type == typeof(int) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(long) => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(bool) => bool.TryParse(value, out _),
        _ when type == typeof(Guid) => Guid.TryParse(value, out _),
        _ when type == typeof(DateOnly) =>
            DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && DateWindow.Contains(date),
        _ when type == typeof(DateTimeOffset) => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && DateWindow.Contains(instant),
        _ => true,
    };
}
