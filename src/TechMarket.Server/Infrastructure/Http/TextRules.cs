namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// What text the API stores. PostgreSQL refuses NUL outright, and the other control characters (U+0001–U+001F,
/// DEL, U+0080–U+009F) are invisible garbage in a title or a code. Long text (descriptions, approaches, reasons)
/// may use line breaks and tabs; single-line text may not. Unpaired UTF-16 surrogates are not Unicode at all and
/// cannot be encoded as UTF-8 for the database.
/// </summary>
public static class TextRules
{
    /// <summary>Why the text may not be stored, or null when it may.</summary>
    public static string? Problem(string text, bool longText)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"Contains an unpaired surrogate (U+{(int)c:X4}) at position {i}; send valid Unicode text.";
            }

            if (!char.IsControl(c) || (longText && c is '\n' or '\r' or '\t'))
            {
                continue;
            }

            return longText
                ? $"Contains a control character (U+{(int)c:X4}) at position {i}; only line breaks and tabs are allowed."
                : $"Contains a control character (U+{(int)c:X4}) at position {i}; this is a single line of text, without line breaks, tabs or other control characters.";
        }

        return null;
    }
}

/// <summary>Marks free text that may span lines — descriptions, approaches, reasons, comments: line breaks and tabs
/// are allowed there and nowhere else (see <see cref="TextRules"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class LongTextAttribute : Attribute;
