using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>
/// A kind of channel a client may ask to watch ("board:&lt;challenge id&gt;", "organisation:&lt;id&gt;", …). Modules
/// register their kinds; the hub asks the kind whether the caller is entitled to the channel and refuses otherwise.
/// A caller's own channel ("user:&lt;id&gt;") is joined on connecting and cannot be asked for.
/// </summary>
public interface IHubChannel
{
    string Kind { get; }

    /// <summary>Null when the caller may watch the channel with this id; otherwise why not.</summary>
    Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct);
}

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
