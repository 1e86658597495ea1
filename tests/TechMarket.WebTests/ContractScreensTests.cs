using System.Text.RegularExpressions;
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
        await bureau.Dialog.GetByLabel(new Regex("^Technology amount")).FillAsync("700000");
        await bureau.Dialog.GetByLabel("Why the technology amount differs").FillAsync("Pilot equipment is not technology");
        await bureau.CheckAccessibilityAsync("registration dialog (en)");
        await bureau.ConfirmAsync("Submit");
        await bureau.ExpectTextAsync("In performance");
        await bureau.ExpectTextAsync(number);
        await bureau.ExpectTextAsync("Technology amount: declared 800000.00, registered 700000.00 (Pilot equipment is not technology)");
        await bureau.ExpectTextAsync("Eligible for tax relief");
        await bureau.CheckAccessibilityAsync("registered contract (en)");
        var certificate = await bureau.Page.RunAndWaitForDownloadAsync(() => bureau.Button("Download the registration certificate (PDF)").ClickAsync());
        certificate.SuggestedFilename.ShouldBe($"技术合同登记证明-{number}.pdf");
        (await File.ReadAllBytesAsync((await certificate.PathAsync())!)).Take(5).ShouldBe("%PDF-"u8.ToArray());

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
    public async Task The_broker_reads_the_ledger_and_follows_the_contract_without_its_payments_in_English()
    {
        await using var broker = await Person.SignInAsync(host, "broker@techmarket.demo", "en");
        await broker.GoAsync("/broker");
        await broker.Page.GetByRole(AriaRole.Heading, new() { Name = "My reward ledger" }).WaitForAsync();
        await broker.ExpectTextAsync("Total reward");
        await broker.ExpectTextAsync("Accrual");
        await broker.CheckAccessibilityAsync("broker ledger (en)");
        await broker.Page.GetByRole(AriaRole.Link, new() { Name = "非球面透镜面形检测技术服务" }).First.ClickAsync();
        await broker.Page.GetByRole(AriaRole.Heading, new() { Name = "非球面透镜面形检测技术服务" }).WaitForAsync();
        await broker.ExpectTextAsync("You see the contract's registration and progress");
        (await broker.Page.GetByText("Bank reference").CountAsync()).ShouldBe(0);
        await broker.CheckAccessibilityAsync("contract summary for the broker (en)");
    }

    [Fact]
    public async Task A_contract_drafted_directly_is_refused_registration_revised_and_terminated_in_the_browser()
    {
        var title = $"港口起重机远程运维技术开发{Random.Shared.Next(1000, 9999)}";
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await university.GoAsync("/contracts");
        await university.Page.GetByRole(AriaRole.Link, new() { Name = "起草合同" }).ClickAsync();
        var page = university.Page;
        await page.GetByRole(AriaRole.Radio, new() { Name = "卖方（研究开发方、让与方、许可方）" }).CheckAsync();
        await page.GetByLabel("对方机构").ClickAsync();
        await page.Keyboard.TypeAsync("甬江");
        await page.Locator(".ant-select-item-option").Filter(new() { HasText = "宁波甬江新材料科技有限公司" }).ClickAsync();
        await page.GetByLabel("合同名称").FillAsync(title);
        await university.PickAsync(page.GetByLabel("技术领域"), "先进制造与自动化");
        await page.GetByLabel("合同成交额").FillAsync("500000");
        await page.GetByLabel("技术交易额").FillAsync("600000");
        await page.GetByLabel("交付内容 1", new() { Exact = true }).FillAsync("远程运维平台与故障诊断模型");
        await page.GetByLabel("金额 1", new() { Exact = true }).FillAsync("500000");
        await page.GetByLabel("约定日期 1", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(120).ToString("yyyy-MM-dd"));
        await university.Button("起草技术合同").ClickAsync();
        await university.ExpectTextAsync("技术交易额不能超过合同成交额");
        await page.GetByLabel("技术交易额").FillAsync("450000");
        await university.CheckAccessibilityAsync("drafting a contract (zh-CN)");
        await university.Button("起草技术合同").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        var contract = new Uri(page.Url).AbsolutePath;
        await university.Button("签署合同").ClickAsync();
        await university.ConfirmAsync("签署合同");
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await enterprise.GoAsync(contract);
        await enterprise.Button("签署合同").ClickAsync();
        await enterprise.ConfirmAsync("签署合同");
        await enterprise.ExpectTextAsync("待认定登记");

        // 甬城大学 is in 江北区: the city bureau registers, and here refuses.
        await using var city = await Person.SignInAsync(host, "bureau@techmarket.demo");
        await city.GoAsync("/bureau/registrations");
        await city.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByText("可享受税收优惠").WaitForAsync();
        await city.GoAsync(contract);
        await city.Button("不予登记").ClickAsync();
        await city.Dialog.GetByLabel("原因").FillAsync("合同未约定技术成果的归属");
        await city.ConfirmAsync("提交");
        await city.ExpectTextAsync("科技局不予登记：合同未约定技术成果的归属");

        await university.Page.ReloadAsync();
        await university.Button("修改条款").ClickAsync();
        await university.Dialog.GetByLabel("合同名称").FillAsync(title + "（修订）");
        await university.ConfirmAsync("提交");
        await page.GetByRole(AriaRole.Heading, new() { Name = title + "（修订）" }).WaitForAsync();
        await enterprise.Page.ReloadAsync();
        await enterprise.Button("解除合同").ClickAsync();
        await enterprise.Dialog.GetByLabel("原因").FillAsync("项目预算调整，双方协商解除");
        await enterprise.ConfirmAsync("提交");
        await enterprise.ExpectTextAsync("合同已解除：项目预算调整，双方协商解除");
        await enterprise.CheckAccessibilityAsync("terminated contract (zh-CN)");
    }
}
