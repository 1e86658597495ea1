using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// Reads a decimal only from a JSON number, and only when the decimal is exactly the number the client wrote.
/// The framework rounds silently: <c>1e-300</c> arrives as 0 and 0.0000000000000000000000000000001 as 0, so a
/// rule such as "at most two decimals" could never see what was sent. Every decimal the API reads is money, and
/// money is never rounded behind the client's back.
/// </summary>
public sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public const string Rule = "A number the platform can store exactly: at most 28 decimal places and no more than 29 significant digits.";

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException(); // the error translator describes the expected number
        }

        var written = reader.HasValueSequence ? Encoding.ASCII.GetString(reader.ValueSequence) : Encoding.ASCII.GetString(reader.ValueSpan);
        return IsExactly(written, value) ? value : throw new RequestShapeException(null, Rule);
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Whether <paramref name="number"/> (JSON number syntax) denotes exactly <paramref name="value"/>.</summary>
    public static bool IsExactly(string number, decimal value) =>
        Significand(number) == Significand(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number as its significant digits and the power of ten of the last one: 12.50 and 1.25e1 are both ("125", -1).</summary>
    private static (string Digits, long Exponent) Significand(string number)
    {
        var digits = new StringBuilder();
        long fractionDigits = 0;
        long exponent = 0;
        var inFraction = false;
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (c is 'e' or 'E')
            {
                exponent = ParseExponent(number.AsSpan(i + 1));
                break;
            }

            if (c == '.')
            {
                inFraction = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                fractionDigits += inFraction ? 1 : 0;
            }
        }

        var text = digits.ToString().TrimStart('0');
        var trimmed = text.TrimEnd('0');
        return trimmed.Length == 0 ? (string.Empty, 0) : (trimmed, exponent - fractionDigits + (text.Length - trimmed.Length));
    }

    /// <summary>The exponent, saturated far beyond anything a decimal can hold, so a huge one cannot overflow.</summary>
    private static long ParseExponent(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        long exponent = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                exponent = Math.Min((exponent * 10) + (c - '0'), 1_000_000_000);
            }
        }

        return negative ? -exponent : exponent;
    }
}
