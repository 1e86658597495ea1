namespace TechMarket.Server.Modules.Organisations;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V);
/// the last is a check character computed from the first 17 with fixed weights, modulo 31.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Codes are printed in capitals; people paste them with spaces or type them in lower case.</summary>
    public static string? Normalise(string? code) => code?.Trim().ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 18)
        {
            return false;
        }

        var check = CheckCharacter(code.AsSpan(0, 17));
        return check is not null && code[17] == check;
    }

    /// <summary>The check character for the first 17 characters, or null when one is outside the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Completes 17 characters into a valid code (demo data, tests).</summary>
    public static string Complete(string first17) =>
        first17 + (CheckCharacter(first17) ?? throw new ArgumentException("Characters outside the code alphabet.", nameof(first17)));
}
