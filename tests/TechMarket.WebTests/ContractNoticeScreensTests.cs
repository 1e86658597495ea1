using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Contract notices and the bureau's ticker, live in the browser. A new contract between 甬江新材料 (buyer) and 东海新材料研究院
/// (seller), both in 镇海区, goes through the API as its parties; the institute's user keeps the notification centre open
/// and sees the signature it is asked for, the milestone the buyer accepts and the payment the bureau confirms, each in
/// its own words, with the bell's count following, and opens the contract from the notice. 镇海区's officer keeps the
/// statistics open and sees the payment move its ticker on both sides (seller's and buyer's district), and the 到账额
/// card take the server's new total. axe-core on both screens.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ContractNoticeScreensTests(WebHost host)
{
    private const string Zhenhai = "330211";
    private const string FirstMilestone = "在线监测样机";
    private const decimal FirstAmount = 123_400m;

    [Fact]
    public async Task The_seller_hears_of_its_milestone_and_payment_live_and_the_officer_s_ticker_moves()
    {
        var title = $"膜组件污染在线监测技术开发{Random.Shared.Next(1000, 9999)}";
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).UtcDateTime);
        await using var seller = await Person.SignInAsync(host, "institute@techmarket.demo");
        await using var buyer = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await using var officer = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo");
        using var sellerApi = await seller.ApiClientAsync();
        using var buyerApi = await buyer.ApiClientAsync();
        using var officerApi = await officer.ApiClientAsync();

        var terms = new ContractTermsRequest(title, ContractType.Development, "0401", 200_000m, 200_000m,
            [new MilestoneTerms(FirstMilestone, FirstAmount, today.AddMonths(3)), new MilestoneTerms("现场验证", 76_600m, today.AddMonths(6))]);
        var id = await ContractRequests.DraftAsync(buyerApi, await ContractRequests.OrganisationIdAsync(sellerApi), terms);
        await ContractRequests.SignAsync(id, buyerApi);

        // The buyer drafted and signed: the seller's notification centre asks for its signature.
        await seller.GoAsync("/notices");
        await seller.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await Notice(seller, $"对方已签署合同《{title}》，待您签署").WaitForAsync();
        await ContractRequests.SignAsync(id, sellerApi);
        await ContractRequests.RegisterAsync(officerApi, id, ContractRequests.Registration(ContractType.Development, 200_000m));
        await ContractRequests.DeliverAsync(sellerApi, id, 1);
        var unread = (await sellerApi.GetJsonAsync("/api/notifications?limit=1")).GetProperty("unread").GetInt32();
        await Bell(seller, unread).WaitForAsync();

        // The buyer accepts: live, without reloading, in the list and on the bell.
        await ContractRequests.AcceptAsync(buyerApi, id, 1);
        await Notice(seller, $"合同《{title}》第 1 个节点「{FirstMilestone}」已验收通过，待对方付款").WaitForAsync();
        await Bell(seller, unread + 1).WaitForAsync();

        // 镇海区's officer watches this year's 到账额 (the clock the server confirms by may have been moved on).
        var year = today.Year;
        // What the page asks of the hub over its WebSocket (the page load below opens a new one).
        var hub = new HubFrames(officer.Page);
        await officer.GoAsync("/bureau/statistics");
        await officer.Page.GetByLabel("年度", new() { Exact = true }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await officer.Page.GetByLabel("年度", new() { Exact = true }).PressAsync("Tab");
        await officer.PickAsync(officer.Page.GetByLabel("期间", new() { Exact = true }), "全年");
        await officer.PickAsync(officer.Page.GetByLabel("指标", new() { Exact = true }), "到账额");
        var moves = officer.Page.GetByRole(AriaRole.Region, new() { Name = "实时成交" });
        await moves.GetByText("实时", new() { Exact = true }).WaitForAsync();
        await moves.GetByText("本页打开后暂无新的成交。", new() { Exact = true }).WaitForAsync();
        // The cube is a shard of the daemon of its own: once it has this contract's registration, it has every event
        // before it, and no other 到账额 moves before the payment below.
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Poll.UntilAsync(
            () => officerApi.GetJsonAsync($"/api/statistics/ledger?From={day}&To={day}&Direction=Output&Measure=TechnologyAmount"),
            ledger => ledger.GetProperty("lines").EnumerateArray().Any(line => line.GetProperty("contractId").GetGuid() == id),
            "the cube counting the registration");
        var settled = await SettledAsync(officerApi, year);
        var achieved = officer.Page.Locator(".ant-statistic").Filter(new() { HasText = "累计完成" }).Locator(".ant-statistic-content");
        await Assertions.Expect(achieved).ToHaveTextAsync(InWan(settled));

        // The buyer pays by transfer and 镇海区's desk confirms it in its own browser.
        await ContractRequests.TransferAsync(buyerApi, id, 1, FirstAmount, today);
        await using (var desk = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo"))
        {
            await desk.GoAsync("/bureau/transfers");
            var row = desk.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
            await row.GetByRole(AriaRole.Button, new() { Name = "确认到账" }).ClickAsync();
            await desk.ConfirmAsync("确认到账");
            await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        // The ticker moves on both sides of 镇海区, and the card shows the server's new total, not a sum made here.
        await moves.GetByText(new Regex(@"^\d{1,2}:\d{2} 镇海区 输出 到账额 \+12\.34万元 · 技术开发 · 金属材料$")).WaitForAsync();
        await moves.GetByText(new Regex(@"^\d{1,2}:\d{2} 镇海区 吸纳 到账额 \+12\.34万元 · 技术开发 · 金属材料$")).WaitForAsync();
        await Poll.UntilAsync(() => SettledAsync(officerApi, year), total => total == settled + FirstAmount, "the cube counting the payment");
        await Assertions.Expect(achieved).ToHaveTextAsync(InWan(settled + FirstAmount));
        await officer.CheckAccessibilityAsync("statistics with live transactions (zh-CN)");

        // Leaving the page (a client-side navigation: the hub connection stays) leaves the channel it watched.
        hub.Calls("Watch").ShouldBe([$"ticker:{Zhenhai}"]);
        await officer.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^消息中心 \(\d+\)$") }).ClickAsync();
        await officer.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await Poll.UntilAsync(() => Task.FromResult(hub.Calls("Unwatch")), left => left.Contains($"ticker:{Zhenhai}"), "the page leaving the ticker");

        // The seller hears of the payment, and the notice opens the contract.
        var paid = Notice(seller, $"合同《{title}》第 1 个节点「{FirstMilestone}」的款项12.34万元已到账（银行转账）");
        await paid.WaitForAsync();
        await Bell(seller, unread + 2).WaitForAsync();
        await seller.CheckAccessibilityAsync("contract notices (zh-CN)");
        await paid.ClickAsync();
        await seller.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        new Uri(seller.Page.Url).AbsolutePath.ShouldBe($"/contracts/{id}");

        await seller.GoAsync("/notices?lang=en");
        await Notice(seller, $"Payment received for milestone 1 ({FirstMilestone}) of the contract “{title}”: CN¥123,400.00 (Bank transfer)").WaitForAsync();
        await Notice(seller, $"The other party signed the contract “{title}”; it awaits your signature").WaitForAsync();
    }

    /// <summary>A notice in the notification centre's list (the toast repeats its words), by its exact text.</summary>
    private static ILocator Notice(Person person, string text) =>
        person.Page.Locator(".ant-list-item").GetByText(text, new() { Exact = true });

    private static ILocator Bell(Person person, int unread) =>
        person.Page.GetByRole(AriaRole.Button, new() { Name = $"消息中心 ({unread})", Exact = true });

    /// <summary>镇海区's 到账额 for the year, as the server counts it (the figure the overview's card shows).</summary>
    private static async Task<decimal> SettledAsync(HttpClient officer, int year)
    {
        var rankings = await officer.GetJsonAsync($"/api/statistics/rankings?Year={year}&Direction=Output&measure=Settled&peers=City");
        return rankings.GetProperty("standings").EnumerateArray().Single(s => s.GetProperty("district").GetString() == Zhenhai).GetProperty("amount").GetDecimal();
    }

    /// <summary>An amount as the overview's cards write it in Chinese: 元 below 10⁴, 万元 to two places, 亿元 to four.</summary>
    private static string InWan(decimal amount) => Math.Abs(amount) switch
    {
        >= 100_000_000m => $"{(amount / 100_000_000m).ToString("#,0.####", CultureInfo.InvariantCulture)}亿元",
        >= 10_000m => $"{(amount / 10_000m).ToString("#,0.##", CultureInfo.InvariantCulture)}万元",
        _ => $"{amount.ToString("#,0.##", CultureInfo.InvariantCulture)}元",
    };
}
