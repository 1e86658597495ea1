using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The API's own converters (<see cref="StrictEnumConverter"/>, <see cref="ExactDecimalConverter"/>) hide the
/// shape of enums and decimals from the schema generator; this puts it back, so the OpenAPI document lists each
/// enum's names and says a decimal is a number. And because the server writes nulls leniently (HttpSetup), the
/// generator would call every text field nullable; a field is nullable only where its declaration says so.
/// </summary>
internal sealed class OpenApiShapes : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            // An enum is one shared component; whether a use of it may be null is that use's business.
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. StrictEnumConverter.NamesOf(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
        else if (type == typeof(decimal))
        {
            schema.Type = nullable ? JsonSchemaType.Number | JsonSchemaType.Null : JsonSchemaType.Number;
            schema.Format = "decimal";
        }

        if (context.JsonPropertyInfo is { } property && schema.Type is { } declared && declared.HasFlag(JsonSchemaType.Null) && !IsNullable(property))
        {
            schema.Type = declared & ~JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(System.Text.Json.Serialization.Metadata.JsonPropertyInfo property)
    {
        var nullability = new NullabilityInfoContext();
        return property.AssociatedParameter?.AttributeProvider switch
        {
            ParameterInfo parameter => nullability.Create(parameter).WriteState != NullabilityState.NotNull,
            _ => property.AttributeProvider is not PropertyInfo member || nullability.Create(member).WriteState != NullabilityState.NotNull,
        };
    }
}
