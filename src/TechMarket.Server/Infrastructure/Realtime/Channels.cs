using System.Globalization;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>Channel names: "kind:id".</summary>
public static class Channels
{
    public const string UserKind = "user";

    public static string User(Guid userId) => $"{UserKind}:{userId:N}";

    public static string Of(string kind, string id) => $"{kind}:{id}";

    /// <summary>Splits "kind:id"; false for anything else (no kind, no id, too long, control characters).</summary>
    public static bool TryParse(string? channel, out string kind, out string id)
    {
        kind = id = string.Empty;
        if (channel is null || channel.Length > 100 || channel.Any(char.IsControl))
        {
            return false;
        }

        var colon = channel.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == channel.Length - 1)
        {
            return false;
        }

        kind = channel[..colon].ToLower(CultureInfo.InvariantCulture);
        id = channel[(colon + 1)..];
        return true;
    }
}
