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
