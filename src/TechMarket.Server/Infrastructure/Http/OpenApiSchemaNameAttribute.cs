using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The name a type's schema had when clients generated their code from the OpenAPI document: a type renamed in the
/// server (a request that became <c>…Request</c> when its command took the verb) keeps its published name.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpenApiSchemaNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The schema's reference id: the published name where one is kept, the framework's default otherwise.</summary>
    public static string? For(JsonTypeInfo type) =>
        type.Type.GetCustomAttribute<OpenApiSchemaNameAttribute>()?.Name ?? OpenApiOptions.CreateDefaultSchemaReferenceId(type);
}
