using Microsoft.AspNetCore.SignalR;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>
/// The one hub (/hubs/market), opened with the same OpenID Connect access token as the API (the query string's
/// access_token for WebSockets). Each connection joins its user's channel; other channels are watched on request,
/// when the caller is entitled to them. Server-to-client methods: "notice" (a stored notification), "board" (a
/// challenge board changed), "ticker" (transaction value moved).
/// </summary>
public sealed class MarketHub(HubConnections connections, IEnumerable<IHubChannel> channels, INoticeFeed notices) : Hub
{
    private readonly Dictionary<string, IHubChannel> _channels = channels.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public override async Task OnConnectedAsync()
    {
        var actor = Actor.From(Context.User!);
        connections.Add(Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, Channels.User(actor.UserId), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Starts sending the channel's messages to this connection, or refuses (the hub error names why).</summary>
    public async Task Watch(string channel)
    {
        if (!Channels.TryParse(channel, out var kind, out var id) || !_channels.TryGetValue(kind, out var handler))
        {
            throw new HubException("unknown-channel: There is no such channel.");
        }

        if (await handler.AuthorizeAsync(Actor.From(Context.User!), id, Context.ConnectionAborted) is { } refused)
        {
            throw new HubException($"{refused.Code}: {refused.Detail}");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Channels.Of(kind, id), Context.ConnectionAborted);
    }

    public async Task Unwatch(string channel)
    {
        if (Channels.TryParse(channel, out var kind, out var id) && _channels.ContainsKey(kind))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Channels.Of(kind, id), Context.ConnectionAborted);
        }
    }

    /// <summary>The caller's stored notices after the given sequence, oldest first (at most 200: ask again from the
    /// last one for more). A reconnecting client asks with the last sequence it saw and so gets each missed one once.</summary>
    public Task<IReadOnlyList<object>> CatchUp(long after) =>
        notices.AfterAsync(Actor.From(Context.User!).UserId, Math.Max(0, after), Context.ConnectionAborted);
}
