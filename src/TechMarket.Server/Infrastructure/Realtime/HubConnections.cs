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

    /// <summary>Aborts every connection whose token is revoked (as this node's revocation cache knows) or expired, and
    /// says which and why.</summary>
    public IReadOnlyList<ClosedConnection> CloseRefused(RevocationCache revocations, DateTimeOffset now)
    {
        List<ClosedConnection>? closed = null; // the guard asks twice a second; most ticks close nothing
        foreach (var (id, tracked) in _connections)
        {
            if (tracked.Refusal(revocations, now) is { } reason)
            {
                tracked.Context.Abort();
                _connections.TryRemove(id, out _);
                (closed ??= []).Add(new ClosedConnection(id, tracked.Context.User?.GetClaim(OpenIddictConstants.Claims.Subject), reason));
            }
        }

        return closed ?? [];
    }

    public bool IsRefused(string connectionId, RevocationCache revocations, DateTimeOffset now) =>
        _connections.TryGetValue(connectionId, out var tracked) && tracked.Refusal(revocations, now) is not null;

    private sealed record Tracked(HubCallerContext Context, string? Authorization, string? Session, string? Organisation, DateTimeOffset? Expires)
    {
        /// <summary>Why the connection may not stay: a <see cref="Revocation"/> kind, <see cref="ClosedConnection.Expired"/>, or null.</summary>
        public string? Refusal(RevocationCache revocations, DateTimeOffset now) =>
            revocations.RevokedAs(Authorization, Session, Organisation)
            ?? (Expires is { } expires && expires <= now ? ClosedConnection.Expired : null);
    }
}

/// <summary>A hub connection the guard closed: whose (the user's id), and why (a <see cref="Revocation"/> kind or
/// <see cref="Expired"/>).</summary>
public sealed record ClosedConnection(string ConnectionId, string? User, string Reason)
{
    public const string Expired = "expired";
}
