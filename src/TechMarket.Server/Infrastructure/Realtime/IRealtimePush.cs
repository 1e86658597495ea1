namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>Sends to connected clients, on every node (through the Redis backplane when there are several). Only
/// the daemon's subscriptions call it, after their transaction committed: a push always tells of committed events.</summary>
public interface IRealtimePush
{
    Task ToUsersAsync(IReadOnlyCollection<Guid> users, string method, object message, CancellationToken ct);

    Task ToChannelAsync(string channel, string method, object message, CancellationToken ct);
}
