using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Says what a field should look like in the API's own terms ("a whole number", "one of: Draft, Submitted"),
/// never with a .NET type name, for the 400 answers of bodies and query strings.
/// </summary>
public static class ApiShapes
{
    public static string Describe(Type? type, JsonSerializerOptions options, int depth = 0)
    {
        if (type is null)
        {
            return "a value of the documented shape";
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Describe(inner, options, depth) + " (or null)";
        }

        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", StrictEnumConverter.NamesOf(type));
        }

        return type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
            _ when type == typeof(Guid) => "a UUID such as 0195b3c2-7f4e-7a10-9c2d-3e5f6a7b8c9d",
            _ when type == typeof(DateOnly) => "a date such as 2027-06-30",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time with its offset, such as 2027-06-30T16:00:00+08:00",
            _ => Composite(type, options, depth),
        };
    }

    /// <summary>The type found by following a JSON path ("$.needs[0].amount") from the body's type, or null.</summary>
    public static Type? TypeAt(Type? root, string? path, JsonSerializerOptions options)
    {
        var type = root;
        foreach (var segment in Segments(path))
        {
            if (type is null)
            {
                return null;
            }

            var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            type = segment.StartsWith('[') && int.TryParse(segment.AsSpan(1, segment.Length - 2), out _)
                ? info.ElementType
                : info.Properties.FirstOrDefault(p => p.Name == segment.Trim('[', ']', '\''))?.PropertyType;
        }

        return type;
    }

    /// <summary>The JSON field names of an object type, for "the fields are: …".</summary>
    public static IReadOnlyList<string> FieldsOf(Type? type, JsonSerializerOptions options) =>
        type is null || options.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info ? [] : [.. info.Properties.Select(p => p.Name)];

    /// <summary>"$.needs[0].amount" → "needs[0].amount"; "$" → "".</summary>
    public static string FieldOf(string? path) => (path ?? "$").TrimStart('$').TrimStart('.');

    private static string Composite(Type type, JsonSerializerOptions options, int depth)
    {
        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable when depth < 2 => $"a list, each item {Describe(info.ElementType, options, depth + 1)}",
            JsonTypeInfoKind.Enumerable => "a list",
            JsonTypeInfoKind.Object => "an object with the fields " + string.Join(", ", info.Properties.Select(p => p.Name)),
            _ => "a value of the documented shape",
        };
    }

    private static IEnumerable<string> Segments(string? path)
    {
        var rest = (path ?? "$").TrimStart('$');
        var start = 0;
        for (var i = 0; i <= rest.Length; i++)
        {
            if (i == rest.Length || (i > start && rest[i] is '.' or '['))
            {
                var segment = rest[start..i].TrimStart('.');
                if (segment.Length > 0)
                {
                    yield return segment;
                }

                start = i;
            }
        }
    }
}
