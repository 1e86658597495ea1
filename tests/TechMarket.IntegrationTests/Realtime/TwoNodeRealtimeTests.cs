using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Real server processes on one database and a private Redis. The SignalR backplane carries a push to clients on both
/// nodes, though only the node that holds the async daemon (HotCold) computes and sends it — so at least one of the two
/// clients got it from the other node. The clients use WebSockets with the token in the query string, as a browser
/// does. With the demo data, publishing the demo's draft challenge shows the institute it fits its notification live;
/// and a connection is closed when its token expires.
/// </summary>
public sealed class TwoNodeRealtimeTests(RealtimeCluster cluster) : IClassFixture<RealtimeCluster>, IAsyncLifetime
{
    private const string DemoDraftTitle = "车载激光雷达非球面透镜在线面形检测";

    [Fact]
    public async Task A_match_caused_by_a_command_on_one_node_reaches_clients_on_both_nodes()
    {
        var a = await cluster.StartNodeAsync();
        var b = await cluster.StartNodeAsync(new() { ["Demo:Seed"] = "false" });
        var onA = await cluster.ConnectAsync(a, "university@techmarket.demo");
        var onB = await cluster.ConnectAsync(b, "university@techmarket.demo");
        var enterprise = await a.SignInAsync("enterprise@techmarket.demo");
        var bureau = await a.SignInAsync("bureau.zhenhai@techmarket.demo");
        var content = Content(Marker(), "集装箱码头集卡调度与堆场箱位分配优化", "0103");
        content["publicSummary"] = "寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶";

        var needId = await AcceptedAsync(enterprise, bureau, content);

        var first = await onA.WaitForAsync("notice", n => IsMatchFor(n, needId), TimeSpan.FromSeconds(60));
        var second = await onB.WaitForAsync("notice", n => IsMatchFor(n, needId), TimeSpan.FromSeconds(60));
        second.GetProperty("sequence").GetInt64().ShouldBe(first.GetProperty("sequence").GetInt64()); // the same stored notice

        // The demo's draft challenge (余姚光电's lidar lens inspection), funded and published on node A: the institute
        // whose strengths fit it (宁波智能制造技术研究院, 光学元件面形非接触检测) is told live on node B.
        var institute = await cluster.ConnectAsync(b, "institute.zhizao@techmarket.demo");
        var cityBureau = await a.SignInAsync("bureau@techmarket.demo");
        var draft = (await cityBureau.GetJsonAsync("/api/challenges/drafts")).EnumerateArray()
            .Single(c => c.GetProperty("title").GetString() == DemoDraftTitle).GetProperty("id").GetString()!;
        await (await (await a.SignInAsync("enterprise.yuyao@techmarket.demo")).PostAsync($"/api/challenges/{draft}/funding/confirm")).ShouldBeOkAsync();
        await (await cityBureau.PostAsync($"/api/challenges/{draft}/publish")).ShouldBeOkAsync();

        var told = await institute.WaitForAsync("notice", n => IsMatchFor(n, draft), TimeSpan.FromSeconds(60));
        told.GetProperty("title").GetString().ShouldBe(DemoDraftTitle);
        var matches = await (await b.SignInAsync("institute.zhizao@techmarket.demo")).GetJsonAsync("/api/matches/mine?pageSize=100");
        var match = matches.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("subjectId").GetString() == draft);
        match.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldContain("SameSubField");
    }

    [Fact]
    public async Task A_connection_is_closed_when_its_token_expires()
    {
        var node = await cluster.StartNodeAsync(new() { ["Auth:AccessTokenMinutes"] = "1" });
        var client = await cluster.ConnectAsync(node, "university@techmarket.demo");
        await client.Connection.InvokeAsync("Watch", "organisation:" + (await (await node.SignInAsync("university@techmarket.demo"))
            .GetJsonAsync("/api/organisations/mine")).GetProperty("id").GetString());

        await Task.Delay(TimeSpan.FromSeconds(20));
        client.Connection.State.ShouldBe(HubConnectionState.Connected); // still valid: closed for expiring, not for anything else

        await client.ClosedByServer.Task.WaitAsync(TimeSpan.FromSeconds(120));
        client.Connection.State.ShouldBe(HubConnectionState.Disconnected);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => cluster.StopNodesAsync();

    private static bool IsMatchFor(JsonElement notice, string subjectId) =>
        notice.GetProperty("kind").GetString() == "MatchFound" && notice.GetProperty("values").GetProperty("subjectId").GetString() == subjectId;
}
