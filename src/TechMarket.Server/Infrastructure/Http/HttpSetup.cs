using System.Text.Json;
using FluentValidation;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace TechMarket.Server.Infrastructure.Http;

public static class HttpSetup
{
    /// <summary>The largest JSON body the API accepts; attachments have their own limits.</summary>
    public const long MaxJsonBodyBytes = 256 * 1024;

    public static IServiceCollection AddTechMarketHttp(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Type ??= Problems.TypeFor(context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status413PayloadTooLarge => "too-large",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                _ => "error",
            });
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Field errors name fields as the JSON does (camelCase), so a client can put them beside its inputs.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        return services;
    }

    /// <summary>Unknown fields are refused rather than ignored, so a client never believes it set something it did not.</summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.Converters.Add(new JsonStringEnumConverter());
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    public static IApplicationBuilder UseTechMarketHttp(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonBodySizeLimit(MaxJsonBodyBytes);
        return app;
    }
}
