using System.Text;
using Microsoft.Playwright;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Money in the browser: a milestone paid online (a PaymentIntent at the Stripe stand-in, confirmed by a webhook signed
/// as Stripe signs it), a bank-transfer receipt rejected by the bureau, a voucher covering its share of a milestone, the
/// bureau's voucher desk (redemptions in 万元 and 家次, a voucher issued) and broker claims exported as CSV, and an
/// award's contract drafted per winning team with the horse race's stages as milestones. axe-core on every screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SettlementScreensTests(WebHost host)
{
    private static string InChina(int days) => DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd");

    private static async Task DeliverAsync(Person seller, string contractTitle)
    {
        await seller.GoAsync("/contracts");
        await seller.Page.GetByRole(AriaRole.Link, new() { Name = contractTitle }).ClickAsync();
        await seller.Button("提交交付").ClickAsync();
        await seller.Dialog.GetByLabel("交付说明").FillAsync("提交第二阶段成果报告与测试数据");
        await seller.Dialog.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "阶段成果报告.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 阶段成果"u8.ToArray(),
        });
        await seller.ConfirmAsync("提交");
        await seller.ExpectTextAsync("待验收");
    }

    private static async Task AcceptAsync(Person buyer, string contractTitle)
    {
        await buyer.GoAsync("/contracts");
        await buyer.Page.GetByRole(AriaRole.Link, new() { Name = contractTitle }).ClickAsync();
        await buyer.Button("验收通过").ClickAsync();
        await buyer.ConfirmAsync("验收通过");
        await buyer.ExpectTextAsync("已验收待付款");
    }

    [Fact]
    public async Task A_milestone_is_paid_online_through_stripe_and_a_transfer_receipt_is_rejected()
    {
        const string title = "光伏组件隐裂检测算法许可";
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await DeliverAsync(university, title);
        await using var cixi = await Person.SignInAsync(host, "enterprise.cixi@techmarket.demo");
        await AcceptAsync(cixi, title);
        var contractId = new Uri(cixi.Page.Url).AbsolutePath.Split('/').Last();

        await cixi.Button("在线支付").ClickAsync();
        await cixi.ConfirmAsync("提交");
        await cixi.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "在线支付" }).GetByText("待确认").WaitForAsync();
        var intent = host.Stripe.Intents.Values.Single(i => i.Intent["metadata"]!["contract_id"]!.GetValue<string>() == contractId).Intent["id"]!.GetValue<string>();
        await cixi.ExpectTextAsync(intent);
        await cixi.CheckAccessibilityAsync("online payment started (zh-CN)");

        var payload = StripeStandIn.Event("evt_" + Guid.NewGuid().ToString("N")[..24], "payment_intent.succeeded", host.Stripe.Intent(intent, "succeeded"), host.Clock.GetUtcNow());
        using var stripe = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var webhook = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        webhook.Headers.TryAddWithoutValidation("Stripe-Signature", StripeStandIn.Signature(payload, host.Clock.GetUtcNow()));
        (await stripe.SendAsync(webhook)).IsSuccessStatusCode.ShouldBeTrue();
        await cixi.Page.ReloadAsync();
        await cixi.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "在线支付" }).GetByText("已到账").WaitForAsync();
        await cixi.ExpectTextAsync("已付款");

        // 甬城大学 is in 江北区, so the city bureau checks the demo's transfer receipt for milestone 1, and rejects it.
        await using var city = await Person.SignInAsync(host, "bureau@techmarket.demo");
        await city.GoAsync("/bureau/transfers");
        var row = city.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "驳回回单" }).ClickAsync();
        await city.Dialog.GetByLabel("原因").FillAsync("账户未见该笔款项");
        await city.ConfirmAsync("提交");
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await cixi.Page.ReloadAsync();
        await cixi.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "账户未见该笔款项" }).GetByText("已驳回").WaitForAsync();
    }

    [Fact]
    public async Task A_voucher_covers_its_share_and_the_bureau_reports_redemptions_issues_vouchers_and_exports_broker_claims()
    {
        const string title = "高镍正极量产工艺技术咨询";
        await using var institute = await Person.SignInAsync(host, "institute@techmarket.demo");
        await DeliverAsync(institute, title);
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await AcceptAsync(enterprise, title);
        await enterprise.Button("使用创新券").ClickAsync();
        await enterprise.CheckAccessibilityAsync("paying with a voucher (zh-CN)");
        await enterprise.ConfirmAsync("提交");
        // The voucher covered its 50% of the 10万元 milestone at once (the demo's first milestone was half paid by it too).
        var voucherPayments = enterprise.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "创新券" }).Filter(new() { HasText = "5万元" }).Filter(new() { HasText = "已到账" });
        await Assertions.Expect(voucherPayments).ToHaveCountAsync(2);

        await using var zhenhai = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo", "en");
        await zhenhai.GoAsync("/bureau/vouchers");
        await zhenhai.Page.GetByRole(AriaRole.Heading, new() { Name = "Innovation vouchers" }).WaitForAsync();
        await zhenhai.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).First.WaitForAsync();
        await zhenhai.ExpectTextAsync("enterprise services");
        await zhenhai.ExpectTextAsync("× 10k yuan");
        await zhenhai.CheckAccessibilityAsync("voucher desk (en)");
        await zhenhai.Button("Issue a voucher").ClickAsync();
        await zhenhai.Dialog.GetByLabel("Enterprise").ClickAsync();
        await zhenhai.Page.Keyboard.TypeAsync("甬江");
        await zhenhai.Page.Locator(".ant-select-item-option").Filter(new() { HasText = "宁波甬江新材料科技有限公司" }).ClickAsync();
        await zhenhai.Dialog.GetByLabel("Amount (yuan)").FillAsync("23456");
        await zhenhai.Dialog.GetByLabel("Valid until").FillAsync(InChina(180));
        await zhenhai.ConfirmAsync("Submit");
        await zhenhai.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "23,456.00" }).WaitForAsync();

        await zhenhai.GoAsync("/bureau/claims");
        await zhenhai.CheckAccessibilityAsync("broker claims (en)");
        var csv = await zhenhai.Page.RunAndWaitForDownloadAsync(() => zhenhai.Button("Export CSV").ClickAsync());
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!, Encoding.UTF8);
        text.ShouldContain("技术经纪人 孙明");
        text.ShouldContain(title);
    }

    [Fact]
    public async Task The_funder_drafts_a_horse_race_contract_whose_milestones_are_the_funding_stages()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await enterprise.GoAsync("/challenges");
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = "固态电解质界面改性技术赛马" }).ClickAsync();
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = "揭榜合同" }).ClickAsync();
        var team = enterprise.Page.Locator(".ant-card").Filter(new() { HasText = "甬城大学" });
        await team.GetByText("中期验证").WaitForAsync();
        await enterprise.CheckAccessibilityAsync("award contracts (zh-CN)");
        await team.GetByRole(AriaRole.Button, new() { Name = "起草合同" }).ClickAsync();
        var dialog = enterprise.Dialog;
        (await dialog.GetByLabel("金额 1", new() { Exact = true }).IsDisabledAsync()).ShouldBeTrue();
        await dialog.GetByLabel("约定日期 1", new() { Exact = true }).FillAsync(InChina(180));
        await dialog.GetByLabel("约定日期 2", new() { Exact = true }).FillAsync(InChina(360));
        await enterprise.ConfirmAsync("提交");
        await enterprise.ExpectTextAsync("起草中");
        await enterprise.ExpectTextAsync("揭榜挂帅");
        await enterprise.CheckAccessibilityAsync("award contract drafted (zh-CN)");
    }
}
