using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>"bids:&lt;challenge id&gt;": bids are sealed, so there is no live view of them for anyone — the channel
/// exists only to be refused, rather than quietly joined and never fed.</summary>
public sealed class SealedBidsChannel : IHubChannel
{
    public string Kind => "bids";

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult<DomainError?>(DomainError.Forbidden("sealed", "Bids are sealed until the deadline; nobody watches them live."));
}
