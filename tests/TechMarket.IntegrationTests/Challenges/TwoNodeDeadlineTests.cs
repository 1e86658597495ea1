using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>
/// Two real server processes on one database, one clock 30 seconds ahead of the other — far more than the close's
/// two-second grace. The node ahead closes bidding while the node behind still believes it is open and keeps
/// accepting writes by its own clock; the bidding gate must refuse every one of them that comes after the close.
/// </summary>
public sealed class TwoNodeDeadlineTests : IAsyncLifetime
{
    private const int AheadSeconds = 30;

    private readonly string _directory = TestCluster.NewDirectory("two-nodes");
    private readonly List<ServerNode> _nodes = [];
    private EmbeddedPostgres? _cluster;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(_directory);

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var node in _nodes)
            {
                await node.DisposeAsync();
            }
        }
        finally
        {
            if (_cluster is not null)
            {
                await _cluster.StopAsync();
            }

            await TestCluster.DeleteAsync(_directory);
        }
    }

    [Fact]
    public async Task A_node_whose_clock_is_behind_slips_no_write_in_after_another_node_closed_bidding()
    {
        var ahead = await StartAsync(new() { ["Demo:Seed"] = "true", ["Testing:ClockOffsetSeconds"] = $"{AheadSeconds}" });
        var behind = await StartAsync([]);
        var enterprise = await ahead.SignInAsync("enterprise@techmarket.demo");
        var bureau = await ahead.SignInAsync("bureau.zhenhai@techmarket.demo");
        var city = await ahead.SignInAsync("bureau@techmarket.demo");
        var accounts = new List<(string Email, string Password)> { ("university@techmarket.demo", SignIn.DemoPassword), ("institute@techmarket.demo", SignIn.DemoPassword) };
        accounts.Add(await RegisterUniversityAsync(ahead, city));
        accounts.Add(await RegisterUniversityAsync(ahead, city));

        var bidders = new List<(HttpClient OnBehind, HttpClient OnAhead)>();
        foreach (var (email, password) in accounts)
        {
            bidders.Add((await behind.SignInAsync(email, password), await ahead.SignInAsync(email, password)));
        }

        // The deadline by real time (the clock of the node behind); the node ahead is 30 s closer to it. From here
        // on the setup has to beat the node ahead's close, so everything slow (signing in) was done before.
        var needId = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var closesAt = DateTimeOffset.UtcNow.AddSeconds(AheadSeconds + 40);
        var draft = await bureau.PostAsync("/api/challenges", Draft(Marker(), [(needId, 1_000_000m)], DateTimeOffset.UtcNow.AddMinutes(-1), closesAt));
        var id = (await draft.ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeOkAsync();

        var racers = new List<(BidRacer Racer, HttpClient Bidder)>();
        foreach (var (onBehind, onAhead) in bidders)
        {
            var racer = new BidRacer(id, [onBehind, onAhead], seed: racers.Count);
            await racer.SubmitAsync(node: 0);
            racer.Acknowledged.ShouldBe(1, "setting up took longer than the time left before the close");
            racers.Add((racer, onBehind));
        }

        bool OpenByClock(int node) => DateTimeOffset.UtcNow.AddSeconds(node == 1 ? AheadSeconds : 0) < closesAt;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var closed = WaitForCloseAsync(bureau, id, timeout.Token);
        await Task.WhenAll(racers.Select(r => Task.Run(() => r.Racer.RaceAsync(
            racer => closed.IsCompleted && racer.RefusedWhileOpenByClock > 0, OpenByClock, timeout.Token))));

        OpenByClock(0).ShouldBeTrue("the node behind must still have believed bidding open when its writes were refused");
        await BidRacer.ShouldMatchPublishedAsync(await closed, racers);
        racers.Sum(r => r.Racer.Acknowledged).ShouldBeGreaterThan(racers.Count);
    }

    private async Task<ServerNode> StartAsync(Dictionary<string, string> settings)
    {
        settings["Challenges:ClosePollSeconds"] = "1";
        var node = await ServerNode.StartAsync(_directory, _cluster!.ConnectionString, settings);
        _nodes.Add(node);
        return node;
    }

    private static async Task<ChallengeView> WaitForCloseAsync(HttpClient client, string challengeId, CancellationToken ct)
    {
        while (true)
        {
            var challenge = await client.GetJsonAsync<ChallengeView>($"/api/challenges/{challengeId}");
            if (challenge.Status == ChallengeStatus.BiddingClosed)
            {
                return challenge;
            }

            await Task.Delay(200, ct);
        }
    }

    private static async Task<(string Email, string Password)> RegisterUniversityAsync(ServerNode node, HttpClient cityBureau)
    {
        using var anonymous = new HttpClient { BaseAddress = node.Address };
        return (await Infrastructure.Organisations.RegisterApprovedUniversityAsync(anonymous, cityBureau), Infrastructure.Organisations.Password);
    }
}
