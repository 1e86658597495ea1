using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>One database and a private Redis for real server processes (the tests of one class share them); nodes
/// started here are stopped with it. Every node gets the Redis backplane.</summary>
public sealed class RealtimeCluster : IAsyncLifetime
{
    private readonly string _directory = TestCluster.NewDirectory("realtime-nodes");
    private readonly List<IAsyncDisposable> _resources = [];
    private EmbeddedPostgres? _cluster;
    private RedisServer? _redis;

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(_directory);
        _redis = await RedisServer.StartAsync(_directory);
    }

    /// <summary>Stops the nodes and clients started so far (each test stops its own at its end).</summary>
    public async Task StopNodesAsync()
    {
        foreach (var resource in Enumerable.Reverse(_resources))
        {
            await resource.DisposeAsync();
        }

        _resources.Clear();
    }

    public async Task DisposeAsync()
    {
        try
        {
            await StopNodesAsync();
        }
        finally
        {
            if (_redis is not null)
            {
                await _redis.DisposeAsync();
            }

            if (_cluster is not null)
            {
                await _cluster.StopAsync();
            }

            await TestCluster.DeleteAsync(_directory);
        }
    }

    /// <summary>A server process on the shared database, with the demo data (seeding is idempotent).</summary>
    public async Task<ServerNode> StartNodeAsync(Dictionary<string, string>? settings = null)
    {
        settings ??= [];
        settings["Redis:Connection"] = _redis!.Connection;
        settings.TryAdd("Demo:Seed", "true");
        var node = await ServerNode.StartAsync(_directory, _cluster!.ConnectionString, settings);
        _resources.Add(node);
        return node;
    }

    /// <summary>A hub client on the node, stopped with the cluster.</summary>
    public async Task<HubClient> ConnectAsync(ServerNode node, string email)
    {
        using var api = await node.SignInAsync(email);
        var client = await HubClient.ConnectAsync(node.Address, api.DefaultRequestHeaders.Authorization!.Parameter!);
        _resources.Add(client);
        return client;
    }
}
