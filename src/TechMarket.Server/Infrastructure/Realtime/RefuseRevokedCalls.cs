using Microsoft.AspNetCore.SignalR;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Realtime;

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
