using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;

namespace TechMarket.Server.Infrastructure.Http;

public static class HttpSetup
{
    /// <summary>The largest JSON body the API accepts; attachments have their own limits.</summary>
    public const long MaxJsonBodyBytes = 256 * 1024;

    public static IServiceCollection AddTechMarketHttp(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's own problems (405 from routing, say) carry an RFC link as their type; ours name a code.
            if (context.ProblemDetails.Type?.StartsWith("urn:", StringComparison.Ordinal) != true)
            {
                context.ProblemDetails.Type = Problems.TypeFor(CodeFor(context.ProblemDetails.Status));
            }

            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Field errors name fields as the JSON does (camelCase), so a client can put them beside its inputs.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<OpenApiOptions>("v1", options =>
        {
            options.CreateSchemaReferenceId = OpenApiSchemaNameAttribute.For;
            options.AddSchemaTransformer<OpenApiShapes>().AddOperationTransformer<OpenApiAlternatives>().AddDocumentTransformer<OpenApiAlternatives>();
        });
        return services;
    }

    /// <summary>
    /// A body is read exactly as the OpenAPI document describes it, or refused: unknown fields are refused rather
    /// than ignored (so a client never believes it set something it did not), names match case-sensitively and
    /// once (so "title" and "Title" cannot both arrive), numbers are JSON numbers, enums their names, a required
    /// field must be sent (no silent default) and a non-nullable one may not be null; then
    /// <see cref="RequestShape"/> checks text, list items and dates.
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.PropertyNameCaseInsensitive = false;
        json.AllowDuplicateProperties = false;
        json.NumberHandling = JsonNumberHandling.Strict;
        json.RespectRequiredConstructorParameters = true;
        json.RespectNullableAnnotations = true;
        json.Converters.Add(new StrictEnumConverter());
        json.Converters.Add(new ExactDecimalConverter());
        json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            // Null checks apply to what clients send; what the server writes is its own business.
            foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType))
            {
                property.IsGetNullable = true;
            }

            RequestShape.Modify(type);
        });
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    private static string CodeFor(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status413PayloadTooLarge => "too-large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        _ => "error",
    };

    public static IApplicationBuilder UseTechMarketHttp(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonBodySizeLimit(MaxJsonBodyBytes);
        return app;
    }
}
