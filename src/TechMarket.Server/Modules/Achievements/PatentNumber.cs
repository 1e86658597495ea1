using System.Text.RegularExpressions;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>
/// Chinese patent application numbers (申请号) and patent numbers (专利号 = "ZL" + application number), with the check
/// digit CNIPA puts after the dot: each digit before it is multiplied by the weights 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5
/// in turn and the sum taken modulo 11; a remainder of 10 is written X. Since 2003 a number has 12 digits (year, type,
/// serial), e.g. 201710601862.3; before, 8 (ZL95115608.X). Spaces are dropped and letters upper-cased.
/// </summary>
public static partial class PatentNumber
{
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    [GeneratedRegex(@"^(ZL|CN)?(\d{8}|\d{12})\.([0-9X])$")]
    private static partial Regex Shape();

    /// <summary>The number in its canonical form, or null when it is not a valid Chinese patent or application number.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var match = Shape().Match(compact);
        if (!match.Success || CheckDigit(match.Groups[2].Value) != match.Groups[3].Value[0])
        {
            return null;
        }

        return (match.Groups[1].Value == "ZL" ? "ZL" : string.Empty) + match.Groups[2].Value + "." + match.Groups[3].Value;
    }

    public static bool IsValid(string? text) => Normalise(text) is not null;

    /// <summary>The check character of the digits before the dot.</summary>
    public static char CheckDigit(string digits)
    {
        var sum = digits.Select((c, i) => (c - '0') * Weights[i]).Sum();
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }
}
