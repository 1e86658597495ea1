using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>A request body that parses as JSON but cannot be taken as it is; <see cref="Member"/> is the field,
/// relative to the JSON path the serializer reports.</summary>
public sealed class RequestShapeException(string? member, string message) : JsonException(message)
{
    public string? Member { get; } = member;
}

/// <summary>
/// Checks every object the API reads from JSON as soon as it is read, before validators or commands see it:
/// text without control characters (<see cref="TextRules"/>), no null inside a list, every date inside
/// <see cref="DateWindow"/>, and no all-zero UUID (it names nothing, and the event store refuses it as a stream
/// id). One rule for every field of every request, so no endpoint can forget it.
/// </summary>
public static class RequestShape
{
    public static void Modify(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var checks = type.Properties.Where(p => p.Get is not null).Select(CheckFor).OfType<Action<object>>().ToArray();
        if (checks.Length > 0)
        {
            type.OnDeserialized = value =>
            {
                foreach (var check in checks)
                {
                    check(value);
                }
            };
        }
    }

    private static Action<object>? CheckFor(JsonPropertyInfo property)
    {
        var name = property.Name;
        var get = property.Get!;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            var longText = IsLongText(property);
            return owner => Text(name, get(owner) as string, longText);
        }

        if (IsDate(type) || type == typeof(Guid))
        {
            return owner => Value(name, get(owner));
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return owner => Items(name, get(owner) as IEnumerable);
        }

        return null;
    }

    private static void Text(string member, string? text, bool longText)
    {
        if (text is not null && TextRules.Problem(text, longText) is { } problem)
        {
            throw new RequestShapeException(member, problem);
        }
    }

    private static void Value(string member, object? value)
    {
        var problem = value switch
        {
            DateOnly date when !DateWindow.Contains(date) => DateWindow.Rule,
            DateTimeOffset instant when !DateWindow.Contains(instant) => DateWindow.Rule,
            DateTime instant when !DateWindow.Contains(instant) => DateWindow.Rule,
            Guid id when id == Guid.Empty => "The all-zero UUID names nothing.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new RequestShapeException(member, problem);
        }
    }

    private static void Items(string member, IEnumerable? items)
    {
        if (items is null or IDictionary)
        {
            return;
        }

        var index = 0;
        foreach (var item in items)
        {
            var at = $"{member}[{index++}]";
            switch (item)
            {
                case null:
                    throw new RequestShapeException(at, "A list item may not be null.");
                case string text:
                    Text(at, text, longText: false);
                    break;
                default:
                    Value(at, item);
                    break;
            }
        }
    }

    private static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime);

    private static bool IsLongText(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(LongTextAttribute), inherit: true) == true
        || property.AssociatedParameter?.AttributeProvider?.IsDefined(typeof(LongTextAttribute), inherit: true) == true;
}
