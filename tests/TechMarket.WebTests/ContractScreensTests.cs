using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// The money path in the browser, on the demo's draft contract between 甬江新材料 and 东海新材料研究院 (both 镇海区): both
/// sign in Chinese, 镇海区's bureau registers it in English, the institute delivers with evidence, the enterprise accepts
/// and pays by bank transfer with its receipt, and the bureau confirms the receipt; axe-core on every screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ContractScreensTests(WebHost host)
{
    private const string Title = "反渗透膜抗污染涂层联合开发";

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.7 演示文件"u8.ToArray() };

    [Fact]
    public async Task A_contract_is_signed_registered_delivered_accepted_and_paid_by_transfer_in_the_browser()
    {
        var number = $"2026330211{Random.Shared.Next(100000, 999999)}";
        var reference = $"ICBC{Random.Shared.Next(100000, 999999)}";
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await enterprise.GoAsync("/contracts");
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "我的技术合同" }).WaitForAsync();
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await enterprise.Button("签署合同").ClickAsync();
        await enterprise.ConfirmAsync("签署合同");
        await enterprise.Page.GetByText("已签署").First.WaitForAsync();
        await enterprise.CheckAccessibilityAsync("contract (zh-CN)");
        var contract = new Uri(enterprise.Page.Url).AbsolutePath;

        await using var institute = await Person.SignInAsync(host, "institute@techmarket.demo");
        await institute.GoAsync(contract);
        await institute.Button("签署合同").ClickAsync();
        await institute.ConfirmAsync("签署合同");
        await institute.ExpectTextAsync("待认定登记");

        await using var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo", "en");
        await bureau.GoAsync("/bureau/registrations");
        await bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "Registration" }).WaitForAsync();
        await bureau.CheckAccessibilityAsync("registrations (en)");
        await bureau.Page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await bureau.Button("Register").ClickAsync();
        await bureau.Dialog.GetByLabel("Registration number").FillAsync(number);
        await bureau.ConfirmAsync("Submit");
        await bureau.ExpectTextAsync("In performance");
        await bureau.ExpectTextAsync(number);
        await bureau.CheckAccessibilityAsync("registered contract (en)");

        await institute.Page.ReloadAsync();
        await institute.Button("提交交付").First.ClickAsync();
        await institute.Dialog.GetByLabel("交付说明").FillAsync("提交涂层小试报告与抗菌性能检测数据");
        await institute.Dialog.Locator("input[type=file]").SetInputFilesAsync(Pdf("小试报告.pdf"));
        await institute.ConfirmAsync("提交");
        await institute.ExpectTextAsync("待验收");

        await enterprise.Page.ReloadAsync();
        await enterprise.Button("验收通过").ClickAsync();
        await enterprise.ConfirmAsync("验收通过");
        await enterprise.ExpectTextAsync("已验收待付款");
        await enterprise.Button("银行转账付款").ClickAsync();
        await enterprise.Dialog.GetByLabel("银行流水号").FillAsync(reference);
        await enterprise.Dialog.GetByLabel("转账日期").FillAsync(DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd"));
        await enterprise.Page.Keyboard.PressAsync("Enter");
        await enterprise.Dialog.Locator("input[type=file]").SetInputFilesAsync(Pdf("银行回单.pdf"));
        await enterprise.ConfirmAsync("提交");
        await enterprise.ExpectTextAsync("待确认");

        await bureau.GoAsync("/bureau/transfers");
        var row = bureau.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
        await bureau.CheckAccessibilityAsync("transfers (en)");
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirm receipt" }).ClickAsync();
        await bureau.ConfirmAsync("Confirm receipt");
        await bureau.ExpectTextAsync("No transfers to confirm.");

        await enterprise.Page.ReloadAsync();
        await enterprise.ExpectTextAsync("已付款");
        await enterprise.ExpectTextAsync("已到账");
        await enterprise.ScreenshotAsync("web-contract-paid");
    }

    [Fact]
    public async Task The_achievement_hall_offers_use_first_pay_later_and_the_broker_reads_the_ledger_in_English()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise.yuyao@techmarket.demo");
        await enterprise.GoAsync("/achievements");
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "成果大厅" }).WaitForAsync();
        await enterprise.Page.GetByText("仅看可先用后转").ClickAsync();
        await enterprise.ExpectTextAsync("光伏组件隐裂深度学习检测算法");
        await enterprise.CheckAccessibilityAsync("achievement hall (zh-CN)");
        await enterprise.Button("申请先用后转").First.ClickAsync();
        await enterprise.ExpectTextAsync("已开始试用，到期前可随时放弃。");

        await using var broker = await Person.SignInAsync(host, "broker@techmarket.demo", "en");
        await broker.GoAsync("/broker");
        await broker.Page.GetByRole(AriaRole.Heading, new() { Name = "My reward ledger" }).WaitForAsync();
        await broker.ExpectTextAsync("Total reward");
        await broker.ExpectTextAsync("Accrual");
        await broker.CheckAccessibilityAsync("broker ledger (en)");
    }
}
