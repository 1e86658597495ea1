using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// A challenge's board, live on its page. 镇海区's bureau publishes a challenge 甬江新材料 funds (through the API, as
/// those people); 海曙智能装备's user, signed in, keeps the challenge's page open, and so does a visitor who is not. A
/// university bids through the API: the signed-in page's bid count goes from 0 to 1 without a reload, marked 实时, and
/// nowhere names the bidder; the visitor's page keeps the count its own request read (no hub connection) until it is
/// reloaded, while its time left counts down. When bidding closes at the deadline, the open page shows the new status and
/// the commitments published with it, again without a reload. Leaving the page (a client-side navigation) leaves the board's channel.
/// axe-core on the live page; the cue in English. The board's cards (榜单大厅) follow the same way.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class LiveBoardScreensTests(WebHost host)
{
    [Fact]
    public async Task A_bid_raises_the_open_page_s_count_live_without_naming_the_bidder_and_leaving_the_page_unwatches_it()
    {
        var closesIn = TimeSpan.FromHours(3);
        await using var scene = await SceneAsync(closesIn);
        var (reader, universityApi, id, title, bidderName, bidderId) = (scene.Reader, scene.UniversityApi, scene.Id, scene.Title, scene.BidderName, scene.BidderId);
        await using var visitor = await Person.VisitAsync(host, "zh-CN");

        // The signed-in reader's page, and what it asks of the hub over its WebSocket.
        var hub = new HubFrames(reader.Page);
        await reader.GoAsync($"/challenges/{id}");
        await reader.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        var count = BidCount(reader.Page);
        await Assertions.Expect(count).ToHaveTextAsync("0实时");
        await Poll.UntilAsync(() => Task.FromResult(hub.Calls("Watch")), watched => watched.Contains($"board:{id}"), "the page watching the board");

        // The visitor's page: its own request's figures, no hub, no cue; its clock is Playwright's, to move it on.
        var sockets = 0;
        visitor.Page.WebSocket += (_, _) => Interlocked.Increment(ref sockets);
        await visitor.Page.Clock.InstallAsync();
        await visitor.GoAsync($"/challenges/{id}");
        await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        await Assertions.Expect(BidCount(visitor.Page)).ToHaveTextAsync("0");

        await (await universityApi.PostAsync($"/api/challenges/{id}/bids", Bid)).ShouldBeOkAsync();

        // Live, without a reload: the server's count, and nothing about who bid.
        await Assertions.Expect(count).ToHaveTextAsync("1实时");
        (await reader.Page.Locator("main").InnerTextAsync()).ShouldNotContain(bidderName);
        // What the page heard of the board: the figures everyone sees, and nothing about who bid.
        var boards = hub.Received("board").Where(b => b.GetProperty("challengeId").GetString() == id).ToList();
        boards.ShouldContain(b => b.GetProperty("bidCount").GetInt32() == 1);
        boards.ShouldAllBe(b => b.EnumerateObject().Select(p => p.Name).SequenceEqual(BoardFields));
        boards.Select(HubFrames.Text).ShouldAllBe(text => !text.Contains(bidderName, StringComparison.Ordinal) && !text.Contains(bidderId, StringComparison.Ordinal));
        await reader.CheckAccessibilityAsync("challenge page with its live board (zh-CN)");

        // The visitor keeps what its request read, while its time left counts down on its own.
        var before = MinutesLeft(await Deadline(visitor.Page).InnerTextAsync());
        await visitor.Page.Clock.FastForwardAsync("10:00");
        await Assertions.Expect(Deadline(visitor.Page)).Not.ToHaveTextAsync(new Regex($@"\({before / 60}小时{before % 60}分\)"));
        MinutesLeft(await Deadline(visitor.Page).InnerTextAsync()).ShouldBeInRange(before - 11, before - 10);
        await Assertions.Expect(BidCount(visitor.Page)).ToHaveTextAsync("0");
        sockets.ShouldBe(0, "a visitor who is not signed in has no hub connection");
        await visitor.Page.ReloadAsync();
        await Assertions.Expect(BidCount(visitor.Page)).ToHaveTextAsync("1");

        // Bidding closes at the deadline by itself (the server's clock moved past it): the open page takes the new status
        // and what came with it — the commitments published at close, which no push carries — and stops counting down.
        host.Clock.Advance(closesIn + TimeSpan.FromSeconds(5));
        await reader.Page.GetByRole(AriaRole.Heading, new() { Name = "申报承诺值（截止时公开）" }).WaitForAsync();
        await reader.Page.Locator("main .ant-tag").GetByText("申报已截止", new() { Exact = true }).WaitForAsync();
        await Assertions.Expect(Deadline(reader.Page)).Not.ToHaveTextAsync(TimeLeft());
        await Assertions.Expect(count).ToHaveTextAsync("1实时");

        // Leaving the page (a client-side navigation: the hub connection stays) leaves the board's channel.
        hub.Calls("Unwatch").ShouldNotContain($"board:{id}");
        await reader.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^消息中心 \(\d+\)$") }).ClickAsync();
        await reader.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await Poll.UntilAsync(() => Task.FromResult(hub.Calls("Unwatch")), left => left.Contains($"board:{id}"), "the page leaving the board");

        // The cue in English.
        await reader.GoAsync($"/challenges/{id}?lang=en");
        await Assertions.Expect(BidCount(reader.Page, "Bids")).ToHaveTextAsync("1Live");
    }

    [Fact]
    public async Task The_board_s_cards_follow_their_challenges_live_for_a_signed_in_reader()
    {
        var closesIn = TimeSpan.FromHours(3);
        await using var scene = await SceneAsync(closesIn);
        var (reader, universityApi, id, title, bidderName) = (scene.Reader, scene.UniversityApi, scene.Id, scene.Title, scene.BidderName);

        // 榜单大厅, narrowed to this challenge by its title.
        var hub = new HubFrames(reader.Page);
        await reader.GoAsync("/challenges");
        await reader.Page.GetByLabel("关键词", new() { Exact = true }).FillAsync(title);
        await reader.Page.GetByLabel("关键词", new() { Exact = true }).PressAsync("Enter");
        var card = reader.Page.Locator(".ant-card").Filter(new() { Has = reader.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });
        var count = Statistic(card, "申报数");
        await Assertions.Expect(count).ToHaveTextAsync("0");
        await reader.Page.Locator("main").GetByText("实时", new() { Exact = true }).WaitForAsync();
        await Poll.UntilAsync(() => Task.FromResult(hub.Calls("Watch")), watched => watched.Contains($"board:{id}"), "the board page watching the card's board");

        await (await universityApi.PostAsync($"/api/challenges/{id}/bids", Bid)).ShouldBeOkAsync();

        await Assertions.Expect(count).ToHaveTextAsync("1");
        (await reader.Page.Locator("main").InnerTextAsync()).ShouldNotContain(bidderName);
        await reader.CheckAccessibilityAsync("challenge board with live cards (zh-CN)");

        // Bidding closes at the deadline: the card takes the new status from the board asked for again.
        host.Clock.Advance(closesIn + TimeSpan.FromSeconds(5));
        await card.Locator(".ant-tag").GetByText("申报已截止", new() { Exact = true }).WaitForAsync();
        await Assertions.Expect(Statistic(card, "剩余时间")).ToHaveTextAsync("已截止");
        await Assertions.Expect(count).ToHaveTextAsync("1");

        // Leaving the board leaves the card's channel.
        await reader.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^消息中心 \(\d+\)$") }).ClickAsync();
        await reader.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await Poll.UntilAsync(() => Task.FromResult(hub.Calls("Unwatch")), left => left.Contains($"board:{id}"), "the board page leaving the card's board");
    }

    private static readonly Dictionary<string, object?> Bid = new()
    {
        ["technicalApproach"] = "采用原子层沉积Al2O3包覆结合Mg/Ti体相共掺杂，抑制相变与界面副反应",
        ["team"] = "材料学院电池材料课题组，教授2名、博士后3名",
        ["budget"] = 700000m,
        ["schedule"] = "6个月小试，6个月中试",
        ["attachmentIds"] = Array.Empty<string>(),
    };

    /// <summary>A figure on a board card, by its title.</summary>
    private static ILocator Statistic(ILocator card, string title) =>
        card.Locator(".ant-statistic").Filter(new() { HasText = title }).Locator(".ant-statistic-content");

    /// <summary>The bid count's cell on the challenge's terms card (its text, with the live cue when there is one).</summary>
    private static ILocator BidCount(IPage page, string label = "申报数") => Item(page, label);

    /// <summary>The deadline's cell: the date, and the time left while bidding is open.</summary>
    private static ILocator Deadline(IPage page) => Item(page, "揭榜截止");

    private static ILocator Item(IPage page, string label) =>
        page.Locator(".ant-descriptions-item")
            .Filter(new() { Has = page.Locator(".ant-descriptions-item-label", new() { HasTextRegex = new Regex($"^{label}$") }) })
            .Locator(".ant-descriptions-item-content");

    /// <summary>The minutes left a deadline cell shows ("…（2小时59分）").</summary>
    private static int MinutesLeft(string deadline)
    {
        var match = TimeLeft().Match(deadline);
        match.Success.ShouldBeTrue(deadline);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((\d+)小时(\d+)分\)")]
    private static partial Regex TimeLeft();

    private static readonly string[] BoardFields = ["challengeId", "status", "bidCount", "closesAt", "secondsLeft"];

    /// <summary>A challenge 镇海区's bureau has just published on a new need of 甬江新材料, which funds it (both signed in for
    /// that alone), the university that will bid on it, with its API client, and 海曙智能装备's user, who reads it.</summary>
    private sealed record Scene(Person University, Person Reader, HttpClient UniversityApi, string Id, string Title, string BidderName, string BidderId)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            UniversityApi.Dispose();
            await University.DisposeAsync();
            await Reader.DisposeAsync();
        }
    }

    private async Task<Scene> SceneAsync(TimeSpan closesIn)
    {
        string id, title;
        await using (var funder = await Person.SignInAsync(host, "enterprise@techmarket.demo"))
        await using (var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo"))
        {
            using var funderApi = await funder.ApiClientAsync();
            using var bureauApi = await bureau.ApiClientAsync();
            (id, title) = await PublishedAsync(funderApi, bureauApi, closesIn);
        }

        var university = await Person.SignInAsync(host, "university@techmarket.demo");
        var universityApi = await university.ApiClientAsync();
        var bidder = await universityApi.GetJsonAsync("/api/organisations/mine");
        var reader = await Person.SignInAsync(host, "enterprise.haishu@techmarket.demo");
        return new Scene(university, reader, universityApi, id, title, bidder.GetProperty("name").GetString()!, bidder.GetProperty("id").GetString()!);
    }

    /// <summary>A challenge 镇海区's bureau publishes on a new accepted need of 甬江新材料, which funds it; its id and title.</summary>
    private async Task<(string Id, string Title)> PublishedAsync(HttpClient enterprise, HttpClient bureau, TimeSpan closesIn)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var created = await enterprise.PostAsync("/api/needs", new Dictionary<string, object?>
        {
            ["title"] = $"膜分离组件抗污染涂层 {marker}", ["description"] = "反渗透膜组件在高盐废水中三个月通量衰减超过40%，需降至15%以内。",
            ["field"] = "0401", ["budgetMin"] = 500000m, ["budgetMax"] = 1200000m, ["desiredDelivery"] = "2028-06-30",
            ["publicSummary"] = $"寻求膜组件抗污染涂层技术 {marker}", ["confidentialDetails"] = "废水成分保密。",
        });
        var needId = (await created.ShouldBeOkAsync<CreatedResource>()).Id;
        await (await enterprise.PostAsync($"/api/needs/{needId}/submit", ifMatch: created.ETag())).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/needs/{needId}/accept", new { })).ShouldBeOkAsync();
        var now = host.Clock.GetUtcNow();
        var title = $"膜组件抗污染涂层揭榜 {marker}";
        var draft = await bureau.PostAsync("/api/challenges", new Dictionary<string, object?>
        {
            ["title"] = title, ["publicSummary"] = $"膜组件抗污染涂层 {marker}", ["confidentialDetails"] = "中试线参数保密。",
            ["requirements"] = "高盐废水中运行三个月通量衰减≤15%。", ["field"] = "0401",
            ["needs"] = new[] { new { needId, amount = 1000000m } }, ["governmentSubsidy"] = 500000m,
            ["opensAt"] = now.AddMinutes(-1), ["closesAt"] = now + closesIn,
            ["criteria"] = new[] { new { key = "approach", name = "技术方案", weight = 60 }, new { key = "team", name = "团队实力", weight = 40 } },
            ["eligibility"] = new { kinds = new[] { "University", "Institute" }, districts = Array.Empty<string>() },
            ["mode"] = "SingleWinner", ["winnerCount"] = 1, ["ndaTerms"] = "揭榜方对保密信息负有保密义务。", ["passMark"] = 0m,
        });
        var id = (await draft.ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeOkAsync();
        return (id, title);
    }
}
