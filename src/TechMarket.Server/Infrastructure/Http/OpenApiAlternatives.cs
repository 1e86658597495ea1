using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Some answers depend on who asks: a need in full for its enterprise, its public summary for everyone else; a bid
/// in full for the bidder, blind for a reviewer. The handler says so with <c>Results&lt;Ok&lt;A&gt;, Ok&lt;B&gt;, …&gt;</c>,
/// but the document generator keeps one type per status code. This describes such an answer as <c>oneOf</c> the
/// named schemas (adding a schema no other answer brought in), so a typed client knows every shape it may get.
/// </summary>
internal sealed class OpenApiAlternatives : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    private static readonly ConcurrentDictionary<string, Type> Referenced = new();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var byStatus = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(p => p.Type is not null && p.Type != typeof(void))
            .GroupBy(p => p.StatusCode, p => p.Type!)
            .Where(g => g.Distinct().Count() > 1);
        foreach (var alternatives in byStatus)
        {
            if (operation.Responses?.TryGetValue(alternatives.Key.ToString(CultureInfo.InvariantCulture), out var response) == true
                && response.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Schema = new OpenApiSchema { OneOf = [.. alternatives.Distinct().Select(type => Reference(type, context.Document!))] };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the schemas of the alternatives that no other answer brought into the document.</summary>
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (id, type) in Referenced)
        {
            if (document.Components?.Schemas?.ContainsKey(id) != true)
            {
                document.AddComponent(id, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
            }
        }
    }

    private static IOpenApiSchema Reference(Type type, OpenApiDocument document)
    {
        var item = type.IsArray ? type.GetElementType()! : type.IsGenericType ? type.GetGenericArguments()[0] : type;
        var id = OpenApiSchemaNameAttribute.For(JsonSerializerOptions.Web.GetTypeInfo(item))
            ?? throw new InvalidOperationException($"{item.Name} has no schema of its own to refer to.");
        Referenced[id] = item;
        var reference = new OpenApiSchemaReference(id, document);
        return item == type ? reference : new OpenApiSchema { Type = JsonSchemaType.Array, Items = reference };
    }
}
