using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>The JSON text of the OpenIddict tables' list and map columns, written as OpenIddict's Entity Framework stores
/// wrote it (compact, relaxed escaping; null for an empty list or map) and read as they read it (empty strings
/// skipped), so rows written before the switch read the same.</summary>
internal static class StoredJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Write(ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? null : Serialize(writer =>
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });

    public static ImmutableArray<string> ReadArray(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var values = ImmutableArray.CreateBuilder<string>(document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            if (element.GetString() is { Length: > 0 } value)
            {
                values.Add(value);
            }
        }

        return values.DrainToImmutable();
    }

    public static string? Write(ImmutableDictionary<string, string>? values) =>
        values is not { Count: > 0 } ? null : WriteObject(values, (writer, value) => writer.WriteStringValue(value));

    public static ImmutableDictionary<string, string> ReadStrings(string? json) =>
        ReadObject<string, string>(json, (name, value) => value.GetString() is { Length: > 0 } text ? (name, text) : null);

    public static string? Write(ImmutableDictionary<CultureInfo, string>? values) =>
        values is not { Count: > 0 } ? null : WriteObject(values.ToDictionary(pair => pair.Key.Name, pair => pair.Value),
            (writer, value) => writer.WriteStringValue(value));

    public static ImmutableDictionary<CultureInfo, string> ReadCultures(string? json) =>
        ReadObject<CultureInfo, string>(json, (name, value) => value.GetString() is { Length: > 0 } text ? (CultureInfo.GetCultureInfo(name), text) : null);

    public static string? Write(ImmutableDictionary<string, JsonElement>? values) =>
        values is not { Count: > 0 } ? null : WriteObject(values, (writer, value) => value.WriteTo(writer));

    public static ImmutableDictionary<string, JsonElement> ReadProperties(string? json) =>
        ReadObject<string, JsonElement>(json, (name, value) => (name, value.Clone()));

    private static string WriteObject<TValue>(IEnumerable<KeyValuePair<string, TValue>> values, Action<Utf8JsonWriter, TValue> write) =>
        Serialize(writer =>
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values)
            {
                writer.WritePropertyName(name);
                write(writer, value);
            }

            writer.WriteEndObject();
        });

    private static ImmutableDictionary<TKey, TValue> ReadObject<TKey, TValue>(string? json, Func<string, JsonElement, (TKey, TValue)?> read)
        where TKey : notnull
    {
        if (string.IsNullOrEmpty(json))
        {
            return ImmutableDictionary<TKey, TValue>.Empty;
        }

        using var document = JsonDocument.Parse(json);
        var values = ImmutableDictionary.CreateBuilder<TKey, TValue>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (read(property.Name, property.Value) is { } entry)
            {
                values[entry.Item1] = entry.Item2;
            }
        }

        return values.ToImmutable();
    }

    private static string Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
