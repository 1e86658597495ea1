using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Postgres;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Two real server processes on one database and a private Redis: the SignalR backplane carries a push to clients on
/// both nodes, though only the node that holds the async daemon (HotCold) computes and sends it — so at least one of
/// the two clients got it from the other node. The clients use WebSockets with the token in the query string, as a
/// browser does.
/// </summary>
public sealed class TwoNodeRealtimeTests : IAsyncLifetime
{
    private readonly string _directory = TestCluster.NewDirectory("two-nodes-realtime");
    private readonly List<IAsyncDisposable> _resources = [];
    private EmbeddedPostgres? _cluster;
    private RedisServer? _redis;

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync(_directory);
        _redis = await RedisServer.StartAsync(_directory);
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var resource in Enumerable.Reverse(_resources))
            {
                await resource.DisposeAsync();
            }
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

    [Fact]
    public async Task A_match_caused_by_a_command_on_one_node_reaches_clients_on_both_nodes()
    {
        var a = await StartAsync(new() { ["Demo:Seed"] = "true" });
        var b = await StartAsync([]);
        var onA = await HubClient.ConnectAsync(a.Address, await TokenAsync(a, "university@techmarket.demo"));
        var onB = await HubClient.ConnectAsync(b.Address, await TokenAsync(b, "university@techmarket.demo"));
        _resources.Add(onA);
        _resources.Add(onB);
        var enterprise = await a.SignInAsync("enterprise@techmarket.demo");
        var bureau = await a.SignInAsync("bureau.zhenhai@techmarket.demo");
        var content = Content(Marker(), "集装箱码头集卡调度与堆场箱位分配优化", "0103");
        content["publicSummary"] = "寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶";

        var needId = await AcceptedAsync(enterprise, bureau, content);

        bool ForThisNeed(System.Text.Json.JsonElement n) =>
            n.GetProperty("kind").GetString() == "MatchFound" && n.GetProperty("values").GetProperty("subjectId").GetString() == needId;
        var first = await onA.WaitForAsync("notice", ForThisNeed, TimeSpan.FromSeconds(60));
        var second = await onB.WaitForAsync("notice", ForThisNeed, TimeSpan.FromSeconds(60));
        second.GetProperty("sequence").GetInt64().ShouldBe(first.GetProperty("sequence").GetInt64()); // the same stored notice
    }

    private async Task<ServerNode> StartAsync(Dictionary<string, string> settings)
    {
        settings["Redis:Connection"] = _redis!.Connection;
        var node = await ServerNode.StartAsync(_directory, _cluster!.ConnectionString, settings);
        _resources.Add(node);
        return node;
    }

    private static async Task<string> TokenAsync(ServerNode node, string email)
    {
        using var api = await node.SignInAsync(email);
        return api.DefaultRequestHeaders.Authorization!.Parameter!;
    }
}
