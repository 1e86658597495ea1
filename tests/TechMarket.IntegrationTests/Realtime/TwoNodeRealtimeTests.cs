using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Realtime.MatchPushTests;
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

        var first = await onA.WaitForAsync<NoticeMessage>(HubClient.Notice, n => IsMatchFor(n, needId), TimeSpan.FromSeconds(60));
        var second = await onB.WaitForAsync<NoticeMessage>(HubClient.Notice, n => IsMatchFor(n, needId), TimeSpan.FromSeconds(60));
        second.Sequence.ShouldBe(first.Sequence); // the same stored notice

        // The demo's draft challenge (余姚光电's lidar lens inspection), funded and published on node A: the institute
        // whose strengths fit it (宁波智能制造技术研究院, 光学元件面形非接触检测) is told live on node B.
        var institute = await cluster.ConnectAsync(b, "institute.zhizao@techmarket.demo");
        var cityBureau = await a.SignInAsync("bureau@techmarket.demo");
        var draft = (await cityBureau.GetJsonAsync<List<ChallengeCard>>("/api/challenges/drafts")).Single(c => c.Title == DemoDraftTitle).Id.ToString();
        await (await (await a.SignInAsync("enterprise.yuyao@techmarket.demo")).PostAsync($"/api/challenges/{draft}/funding/confirm")).ShouldBeOkAsync();
        await (await cityBureau.PostAsync($"/api/challenges/{draft}/publish")).ShouldBeOkAsync();

        var told = await institute.WaitForAsync<NoticeMessage>(HubClient.Notice, n => IsMatchFor(n, draft), TimeSpan.FromSeconds(60));
        told.Title.ShouldBe(DemoDraftTitle);
        var matches = await (await b.SignInAsync("institute.zhizao@techmarket.demo")).GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
        matches.Items.Single(m => m.SubjectId.ToString() == draft).Reasons.Select(r => r.Kind).ShouldContain(MatchReasonKind.SameSubField);
    }

    [Fact]
    public async Task A_connection_is_closed_when_its_token_expires()
    {
        var node = await cluster.StartNodeAsync(new()
        {
            ["Auth:AccessTokenMinutes"] = "1",
            [$"Logging:LogLevel:{typeof(HubConnectionGuard).FullName}"] = "Information", // the guard says why it closes
        });
        var client = await cluster.ConnectAsync(node, "university@techmarket.demo");
        var organisation = await (await node.SignInAsync("university@techmarket.demo")).GetJsonAsync<Organisation>("/api/organisations/mine");
        await client.Connection.InvokeAsync("Watch", $"organisation:{organisation.Id}");

        await Task.Delay(TimeSpan.FromSeconds(20));
        if (client.ClosedByServer.Task.IsCompleted) // still valid: closed for expiring, not for anything else
        {
            throw new ShouldAssertException($"Closed within 20 s of a one-minute token ({await client.ClosedByServer.Task}); the node's log:\n{node.Output}");
        }

        client.Connection.State.ShouldBe(HubConnectionState.Connected);

        await client.ClosedByServer.Task.WaitAsync(TimeSpan.FromSeconds(120));
        client.Connection.State.ShouldBe(HubConnectionState.Disconnected);
        await Poll.UntilAsync(() => Task.FromResult(node.Output), log => log.Contains($": {ClosedConnection.Expired}", StringComparison.Ordinal),
            "The guard's log line that it closed the connection for its token's expiry", TimeSpan.FromSeconds(10));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => cluster.StopNodesAsync();
}
