using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Enums travel as their names, exactly as the API documents them. The framework's converter also takes
/// <c>"1"</c>, <c>" Enterprise"</c>, <c>"enterprise"</c> and flag combinations such as <c>"Enterprise,University"</c>
/// (which silently become some other member); here anything but a member's name is refused.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NameConverter<>).MakeGenericType(typeToConvert))!;

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        NameConverter<T>.Names.TryGetValue(text ?? string.Empty, out value);

    /// <summary>The member names of an enum, for messages and for query strings.</summary>
    public static IReadOnlyList<string> NamesOf(Type enumType) => Enum.GetNames(enumType);

    private sealed class NameConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Names = Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Names.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonException(); // the error translator names the allowed values

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Names.TryGetValue(reader.GetString()!, out var value) ? value : throw new JsonException();

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());
    }
}
