using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Some answers depend on who asks: a need in full for its enterprise, its public summary for everyone else; a bid
/// in full for the bidder, blind for a reviewer. The handler says so with <c>Results&lt;Ok&lt;A&gt;, Ok&lt;B&gt;, …&gt;</c>,
/// but the document generator keeps one type per status code. This describes such an answer as <c>oneOf</c> the
/// named schemas, so a typed client knows every shape it may get.
/// </summary>
internal sealed class OpenApiAlternatives : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var byStatus = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(p => p.Type is not null && p.Type != typeof(void))
            .GroupBy(p => p.StatusCode)
            .Where(g => g.Select(p => p.Type).Distinct().Count() > 1);
        foreach (var alternatives in byStatus)
        {
            if (operation.Responses?.TryGetValue(alternatives.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) != true
                || response!.Content?.TryGetValue("application/json", out var media) != true)
            {
                continue;
            }

            var oneOf = new List<IOpenApiSchema>();
            foreach (var type in alternatives.Select(p => p.Type!).Distinct())
            {
                oneOf.Add(await ReferenceAsync(type, context, cancellationToken));
            }

            media!.Schema = new OpenApiSchema { OneOf = oneOf };
        }
    }

    private static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, ct);
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(
            System.Text.Json.JsonSerializerOptions.Web.GetTypeInfo(type));
        if (id is null)
        {
            return schema;
        }

        if (context.Document?.Components?.Schemas?.ContainsKey(id) != true)
        {
            context.Document!.AddComponent(id, schema);
        }

        return new OpenApiSchemaReference(id, context.Document);
    }
}
