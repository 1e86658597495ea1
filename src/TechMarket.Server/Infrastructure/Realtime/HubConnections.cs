using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>The hub connections of this node with what their access token said, so that the guard can close those
/// whose token was revoked or has expired.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, Tracked> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public void Add(HubCallerContext context)
    {
        var user = context.User!;
        _connections[context.ConnectionId] = new Tracked(
            context, user.GetAuthorizationId(), user.GetClaim(TechMarketClaims.Session), user.GetClaim(TechMarketClaims.Organisation),
            user.GetExpirationDate());
    }

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>Aborts every connection whose token is revoked (as this node's revocation cache knows) or expired.</summary>
    public int CloseRefused(RevocationCache revocations, DateTimeOffset now)
    {
        var closed = 0;
        foreach (var (id, tracked) in _connections)
        {
            if (tracked.IsRefused(revocations, now))
            {
                tracked.Context.Abort();
                _connections.TryRemove(id, out _);
                closed++;
            }
        }

        return closed;
    }

    public bool IsRefused(string connectionId, RevocationCache revocations, DateTimeOffset now) =>
        _connections.TryGetValue(connectionId, out var tracked) && tracked.IsRefused(revocations, now);

    private sealed record Tracked(HubCallerContext Context, string? Authorization, string? Session, string? Organisation, DateTimeOffset? Expires)
    {
        public bool IsRefused(RevocationCache revocations, DateTimeOffset now) =>
            revocations.IsRevoked(Authorization, Session, Organisation) || (Expires is { } expires && expires <= now);
    }
}
