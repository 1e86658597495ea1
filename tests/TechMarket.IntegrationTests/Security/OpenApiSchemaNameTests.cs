using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// Every type the API reads or answers has a schema name of its own. The generator names a schema after the type's
/// short name, so two records called alike in two modules (a statistics <c>LedgerLine</c> beside Settlement's) become one
/// schema — the second silently described by the first's fields, and the web client's types wrong with it.
/// </summary>
public sealed class OpenApiSchemaNameTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public void No_two_types_the_api_reads_or_answers_share_a_schema_name()
    {
        var types = Reachable(ApiTypes(), Json);

        types.Count.ShouldBeGreaterThan(100); // the walk reached the modules' records, not only the endpoints' outer types
        Collisions(types, Json).ShouldBeEmpty();
    }

    [Fact]
    public void Two_types_named_alike_in_two_places_are_caught()
    {
        var collisions = Collisions(Reachable([typeof(Pair)], Json), Json);

        collisions.ShouldHaveSingleItem().ShouldBe($"Line: {typeof(First.Line).FullName}, {typeof(Second.Line).FullName}");
    }

    [Fact]
    public async Task Each_answer_s_schema_in_the_document_has_the_answer_s_own_fields()
    {
        var schemas = (await Host.CreateBrowser(Host.NextAddress()).GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");
        var answers = Host.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items).SelectMany(d => d.SupportedResponseTypes).Select(r => r.Type).OfType<Type>();
        var checkedCount = 0;
        foreach (var type in Reachable(answers, Json))
        {
            if (TryInfo(Json, type) is not { } info || info.Kind != JsonTypeInfoKind.Object || info.PolymorphismOptions is not null || OpenApiSchemaNameAttribute.For(info) is not { } name
                || !schemas.TryGetProperty(name, out var schema) || !schema.TryGetProperty("properties", out var properties))
            {
                continue;
            }

            properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)
                .ShouldBe(info.Properties.Where(Written).Select(p => p.Name).Order(StringComparer.Ordinal), $"the schema {name} describes {type.FullName}");
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThan(50);
    }

    private JsonSerializerOptions Json => Host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    /// <summary>The bodies, parameters and answers of every endpoint, as the OpenAPI generator reads them.</summary>
    private IEnumerable<Type> ApiTypes() =>
        Host.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions.Select(p => p.Type).Concat(d.SupportedResponseTypes.Select(r => r.Type)))
            .OfType<Type>();

    /// <summary>Every type reachable from the roots through the serializer's own view: properties, elements, derived types.</summary>
    private static List<Type> Reachable(IEnumerable<Type> roots, JsonSerializerOptions json)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsGenericParameter || type.ContainsGenericParameters)
            {
                continue;
            }

            JsonTypeInfo info;
            try
            {
                info = json.GetTypeInfo(type);
            }
            catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                continue; // a stream, a form file, a delegate: no JSON schema of its own
            }

            foreach (var next in info.Properties.Where(Written).Select(p => p.PropertyType)
                         .Concat(new[] { info.ElementType, info.KeyType }.OfType<Type>())
                         .Concat(info.PolymorphismOptions?.DerivedTypes.Select(d => d.DerivedType) ?? []))
            {
                queue.Enqueue(next);
            }
        }

        return [.. seen];
    }

    /// <summary>"Name: type, type" for each schema name that two or more types are given.</summary>
    private static List<string> Collisions(IEnumerable<Type> types, JsonSerializerOptions json) =>
    [
        .. types.Select(t => (Type: t, Info: TryInfo(json, t))).Where(x => x.Info is not null)
            .Select(x => (x.Type, Name: OpenApiSchemaNameAttribute.For(x.Info!)))
            .Where(x => x.Name is not null)
            .GroupBy(x => x.Name!, StringComparer.Ordinal).Where(g => g.Select(x => x.Type).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Type.FullName).Order(StringComparer.Ordinal))}"),
    ];

    /// <summary>A property the JSON holds: not the overflow of unknown members, not one ignored always.</summary>
    private static bool Written(JsonPropertyInfo property) =>
        !property.IsExtensionData && property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true)
            .OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.Always) != true;

    private static JsonTypeInfo? TryInfo(JsonSerializerOptions json, Type type)
    {
        try
        {
            return json.GetTypeInfo(type);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Pair(First.Line A, Second.Line B);

    private static class First
    {
        public sealed record Line(string Text);
    }

    private static class Second
    {
        public sealed record Line(decimal Amount);
    }
}
