using Microsoft.AspNetCore.SignalR;
namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>Sends to connected clients, on every node (through the Redis backplane when there are several). Only
/// the daemon's subscriptions call it, after their transaction committed: a push always tells of committed events.</summary>
public interface IRealtimePush
{
    Task ToUsersAsync(IReadOnlyCollection<Guid> users, string method, object message, CancellationToken ct);

    Task ToChannelAsync(string channel, string method, object message, CancellationToken ct);
}

/// <summary>What a client that reconnects asks for: the caller's stored notices after the last sequence it saw.</summary>
public interface INoticeFeed
{
    Task<IReadOnlyList<object>> AfterAsync(Guid userId, long after, CancellationToken ct);
}

internal sealed class HubPush(IHubContext<MarketHub> hub) : IRealtimePush
{
    public Task ToUsersAsync(IReadOnlyCollection<Guid> users, string method, object message, CancellationToken ct) =>
        users.Count == 0 ? Task.CompletedTask : hub.Clients.Groups(users.Select(Channels.User).ToList()).SendAsync(method, message, ct);

    public Task ToChannelAsync(string channel, string method, object message, CancellationToken ct) =>
        hub.Clients.Group(channel).SendAsync(method, message, ct);
}
