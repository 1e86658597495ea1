using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A real SignalR .NET client on the market hub that records every message it receives, as JSON, by method.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Method, JsonElement Message)> _received = new();

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in new[] { "notice", "board", "ticker" })
        {
            connection.On<JsonElement>(method, message => _received.Enqueue((method, message)));
        }

        connection.Closed += _ =>
        {
            ClosedByServer.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    public TaskCompletionSource ClosedByServer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<JsonElement> Received(string method) => _received.Where(r => r.Method == method).Select(r => r.Message).ToList();

    /// <summary>Over the test host's in-memory server (long polling; the token in the Authorization header).</summary>
    public static Task<HubClient> ConnectAsync(TechMarketHost host, string? accessToken) =>
        StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/market"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            }));

    /// <summary>Over a real Kestrel node with WebSockets: the token travels in the query string, as a browser sends it.</summary>
    public static Task<HubClient> ConnectAsync(Uri node, string accessToken) =>
        StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(node, "/hubs/market"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            }));

    private static async Task<HubClient> StartAsync(IHubConnectionBuilder builder)
    {
        builder.AddJsonProtocol();
        var client = new HubClient(builder.Build());
        await client.Connection.StartAsync();
        return client;
    }

    /// <summary>Waits until a message of the method satisfies the condition; fails after the timeout.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (_received.Where(r => r.Method == method).Select(r => r.Message).FirstOrDefault(m => condition(m)) is { ValueKind: not JsonValueKind.Undefined } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException($"No \"{method}\" message as expected arrived; received: {string.Join(" | ", _received.Select(r => $"{r.Method} {r.Message}"))}");
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
