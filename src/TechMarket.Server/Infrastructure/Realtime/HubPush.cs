using Microsoft.AspNetCore.SignalR;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>Pushes through the hub's groups: one per user, one per watched channel.</summary>
internal sealed class HubPush(IHubContext<MarketHub> hub) : IRealtimePush
{
    public Task ToUsersAsync(IReadOnlyCollection<Guid> users, string method, object message, CancellationToken ct) =>
        users.Count == 0 ? Task.CompletedTask : hub.Clients.Groups(users.Select(Channels.User).ToList()).SendAsync(method, message, ct);

    public Task ToChannelAsync(string channel, string method, object message, CancellationToken ct) =>
        hub.Clients.Group(channel).SendAsync(method, message, ct);
}
