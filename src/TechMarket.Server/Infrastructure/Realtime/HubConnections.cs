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

/// <summary>
/// Closes, within <see cref="RealtimeOptions.GuardMilliseconds"/>, every hub connection whose token was revoked —
/// signed out, account disabled, organisation suspended, refresh token replayed: the same log the API's token check
/// reads — or whose token expired. Hub methods refuse such a connection at once as well (<see cref="RefuseRevokedCalls"/>).
/// </summary>
public sealed class HubConnectionGuard(HubConnections connections, RevocationCache revocations, TimeProvider clock, Microsoft.Extensions.Options.IOptions<RealtimeOptions> options)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.GuardMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            connections.CloseRefused(revocations, clock.GetUtcNow());
        }
    }
}

/// <summary>Every hub method first checks the connection's token against the revocation log and the clock.</summary>
public sealed class RefuseRevokedCalls(HubConnections connections, RevocationCache revocations, TimeProvider clock) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (connections.IsRefused(context.ConnectionId, revocations, clock.GetUtcNow()))
        {
            context.Abort();
            throw new HubException("token-revoked: The access token was revoked or has expired; sign in again.");
        }

        return await next(invocationContext);
    }
}
