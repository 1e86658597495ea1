using System.Security.Cryptography;
using System.Text;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>
/// 随机抽取 made checkable: the order of a draw depends on nothing but its seed and the experts' ids. Each eligible
/// expert gets the key SHA-256("{seed}:{expert id}") in lower-case hex, and the experts are taken in ordinal order of
/// that key — so anyone holding the logged seed and the list of eligible experts gets the same drawn and alternates.
/// </summary>
public static class ExpertDraw
{
    /// <summary>Most experts one draw assigns, and most alternates it keeps.</summary>
    public const int MaxDrawn = 15;

    public const int MaxAlternates = 10;

    /// <summary>A fresh seed for a draw: 128 random bits in hex, logged with the draw.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Key(string seed, Guid expertId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{expertId:D}")));

    /// <summary>The eligible experts in the order the seed gives.</summary>
    public static IReadOnlyList<ExpertProfile> Order(string seed, IEnumerable<ExpertProfile> eligible) =>
        [.. eligible.OrderBy(e => Key(seed, e.Id), StringComparer.Ordinal)];

    /// <summary>An expert reviews a challenge's field when one field code contains the other: an expert of "04"
    /// (the discipline) reviews a challenge of "0401", an expert of "0401" one of "0401".</summary>
    public static bool Covers(IEnumerable<string> expertFields, string challengeField) =>
        expertFields.Any(f => challengeField.StartsWith(f, StringComparison.Ordinal) || f.StartsWith(challengeField, StringComparison.Ordinal));
}
