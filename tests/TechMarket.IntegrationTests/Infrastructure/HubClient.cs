using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A real SignalR .NET client on the market hub that records every message it receives, by method, as the
/// JSON that came over the wire; tests read them as the server's own message records, strictly (a field the record
/// lacks fails the read).</summary>
public sealed class HubClient : IAsyncDisposable
{
    public const string Notice = "notice";
    public const string Board = "board";
    public const string Ticker = "ticker";

    private readonly ConcurrentQueue<(string Method, string Json)> _received = new();

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in new[] { Notice, Board, Ticker })
        {
            connection.On<JsonElement>(method, message => _received.Enqueue((method, message.GetRawText())));
        }

        connection.Closed += error =>
        {
            ClosedByServer.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    public HubConnection Connection { get; }

    /// <summary>Completes when the connection closes, with the client's view of why (null for a close without an error).</summary>
    public TaskCompletionSource<Exception?> ClosedByServer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Everything received, as sent, one message a line: what a test searches for words it must not find.</summary>
    public string ReceivedText() => string.Join('\n', _received.Select(r => $"{r.Method} {r.Json}"));

    public IReadOnlyList<T> Received<T>(string method) => [.. _received.Where(r => r.Method == method).Select(r => Read<T>(r.Json))];

    /// <summary>Over the test host's in-memory server (long polling; the token in the Authorization header).</summary>
    public static Task<HubClient> ConnectAsync(TechMarketHost host, string? accessToken) =>
        StartAsync(new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/market"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult(accessToken);
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
    public async Task<T> WaitForAsync<T>(string method, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Received<T>(method).FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException($"No \"{method}\" message as expected arrived; received: {ReceivedText()}");
    }

    /// <summary>A hub method's answer (a list of notices from CatchUp), read strictly as the server's records.</summary>
    public async Task<T> InvokeAsync<T>(string method, params object?[] arguments) =>
        Read<T>((await Connection.InvokeCoreAsync<JsonElement>(method, arguments)).GetRawText());

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, HttpAssertions.Json) ?? throw new ShouldAssertException($"No message: {json}");

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
