using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Achievements in the browser: a university publishes one (a wrong patent check digit is caught before it is sent),
/// reprices it with a reason; an enterprise finds it in the hall in English and opens a deal; the university proposes
/// terms; the enterprise agrees and the contract is drafted. And 先用后转: an enterprise takes a trial and declines it,
/// another's demo trial converts into its contract by itself when the end date passes. axe-core on every screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AchievementScreensTests(WebHost host)
{
    private static string InChina(int days) => DateTime.UtcNow.AddHours(8).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_published_achievement_is_found_negotiated_and_its_agreed_terms_become_a_contract()
    {
        var title = $"钠离子电池硬碳负极预处理技术{Random.Shared.Next(1000, 9999)}";
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await university.GoAsync("/university/achievements");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "我的科技成果" }).WaitForAsync();
        await university.Page.GetByRole(AriaRole.Link, new() { Name = "发布成果" }).ClickAsync();
        var page = university.Page;
        await page.GetByLabel("成果名称").FillAsync(title);
        await page.GetByLabel("成果简介").FillAsync("生物质硬碳前驱体低温预氧化与梯度碳化，首效提升至90%，已完成公斤级中试。");
        await university.PickAsync(page.GetByLabel("技术领域"), "新材料");
        await page.GetByLabel("技术成熟度（TRL 1–9）").FillAsync("6");
        await page.GetByLabel("挂牌价（元）").FillAsync("1500000");
        await page.GetByLabel("专利号或申请号").FillAsync("ZL201710601862.4");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "转让" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "支持先用后转" }).CheckAsync();
        await page.GetByLabel("试用期（月）").FillAsync("6");
        await page.GetByLabel("到期转化价格（元）").FillAsync("800000");
        await university.PickAsync(page.GetByLabel("到期转化方式"), "许可");
        await university.Button("发布成果").ClickAsync();
        await university.ExpectTextAsync("ZL201710601862.4 不是有效的中国专利号或申请号（校验位不符）");
        await university.CheckAccessibilityAsync("publish an achievement (zh-CN)");
        await page.GetByLabel("专利号或申请号").FillAsync("ZL201710601862.3");
        await university.Button("发布成果").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        await university.ExpectTextAsync("先用后转：试用 6 个月");

        await university.Button("调整挂牌价").ClickAsync();
        await university.Dialog.GetByLabel("挂牌价（元）").FillAsync("1200000");
        await university.Dialog.GetByLabel("调价理由").FillAsync("专利年费减免后调价");
        await university.ConfirmAsync("提交");
        await university.ExpectTextAsync("专利年费减免后调价");
        await university.CheckAccessibilityAsync("achievement with price history (zh-CN)");

        await using var enterprise = await Person.SignInAsync(host, "enterprise.yinzhou@techmarket.demo", "en");
        await enterprise.GoAsync("/achievements");
        await enterprise.Page.GetByLabel("Keyword").FillAsync(title);
        await enterprise.Page.Keyboard.PressAsync("Enter");
        await enterprise.CheckAccessibilityAsync("achievement hall (en)");
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await enterprise.ExpectTextAsync("Asking price history");
        await enterprise.Button("Open a deal").ClickAsync();
        await enterprise.Dialog.GetByLabel("What you have in mind").FillAsync("We would license it for our sodium-ion pilot line.");
        await enterprise.ConfirmAsync("Submit");
        await enterprise.ExpectTextAsync("Under negotiation");
        await enterprise.ExpectTextAsync("No proposal yet; either side may make the first.");

        await university.GoAsync("/deals");
        await university.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await university.Button("提出合同条款").ClickAsync();
        var dialog = university.Dialog;
        await university.PickAsync(dialog.GetByLabel("技术领域"), "新材料");
        await dialog.GetByLabel("合同成交额").FillAsync("1200000");
        await dialog.GetByLabel("技术交易额").FillAsync("1200000");
        await dialog.GetByLabel("交付内容 1", new() { Exact = true }).FillAsync("工艺包与技术资料交付、现场指导");
        await dialog.GetByLabel("金额 1", new() { Exact = true }).FillAsync("1200000");
        await dialog.GetByLabel("约定日期 1", new() { Exact = true }).FillAsync(InChina(90));
        await university.CheckAccessibilityAsync("proposing terms (zh-CN)");
        await university.ConfirmAsync("提交");
        await university.ExpectTextAsync("第 1 版（我方提出）");

        await enterprise.Page.ReloadAsync();
        await enterprise.ExpectTextAsync("Proposal 1 (by the other side)");
        await enterprise.Button("Agree to these terms").ClickAsync();
        await enterprise.ConfirmAsync("Agree to these terms");
        await enterprise.ExpectTextAsync("Both sides agreed; the contract has been drafted.");
        await enterprise.CheckAccessibilityAsync("agreed deal (en)");
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = "Open the contract" }).ClickAsync();
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        await enterprise.ExpectTextAsync("Being drafted");
        await enterprise.ExpectTextAsync("Achievement");
    }

    [Fact]
    public async Task A_visitor_filters_the_achievement_hall_and_reads_an_achievement_without_signing_in()
    {
        await using var visitor = await Person.VisitAsync(host, "zh-CN");
        var page = visitor.Page;
        await visitor.GoAsync("/achievements");
        await page.GetByRole(AriaRole.Heading, new() { Name = "成果大厅" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "高镍正极材料原子层沉积包覆技术" }).WaitForAsync();
        await page.GetByText("仅看可先用后转").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "高镍正极材料原子层沉积包覆技术" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await visitor.CheckAccessibilityAsync("achievement hall, signed out (zh-CN)");

        await page.GetByRole(AriaRole.Link, new() { Name = "光伏组件隐裂深度学习检测算法" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "光伏组件隐裂深度学习检测算法" }).WaitForAsync();
        await visitor.ExpectTextAsync("挂牌价记录");
        await visitor.ExpectTextAsync("先用后转：试用 6 个月");
        await visitor.Button("企业登录后可发起洽谈或申请先用后转").WaitForAsync();
        (await visitor.Button("发起洽谈").CountAsync()).ShouldBe(0);
        await visitor.CheckAccessibilityAsync("an achievement, signed out (zh-CN)");
    }

    [Fact]
    public async Task A_trial_is_taken_and_declined_and_another_converts_into_its_contract_when_it_ends()
    {
        await using var yuyao = await Person.SignInAsync(host, "enterprise.yuyao@techmarket.demo");
        await yuyao.GoAsync("/achievements");
        await yuyao.Page.GetByText("仅看可先用后转").ClickAsync();
        await yuyao.Page.GetByRole(AriaRole.Link, new() { Name = "光伏组件隐裂深度学习检测算法" }).ClickAsync();
        await yuyao.Button("申请先用后转").ClickAsync();
        await yuyao.Page.GetByRole(AriaRole.Heading, new() { Name = "先用后转" }).WaitForAsync();
        var row = yuyao.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "光伏组件隐裂深度学习检测算法" }).Filter(new() { HasText = "试用中" });
        await row.GetByRole(AriaRole.Button, new() { Name = "放弃试用" }).ClickAsync();
        await yuyao.Dialog.GetByLabel("原因").FillAsync("产线改造推迟，暂不引进");
        await yuyao.ConfirmAsync("提交");
        await yuyao.ExpectTextAsync("已放弃：产线改造推迟，暂不引进");
        await yuyao.CheckAccessibilityAsync("trials (zh-CN)");

        // 北仑港航's demo trial ends tomorrow: two days later the converter has turned it into its licence contract.
        await using var beilun = await Person.SignInAsync(host, "enterprise.beilun@techmarket.demo");
        host.Clock.Advance(TimeSpan.FromDays(2));
        await beilun.GoAsync("/trials");
        var converted = beilun.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "已转化" });
        for (var attempt = 0; attempt < 30 && !await converted.IsVisibleAsync(); attempt++)
        {
            await Task.Delay(1000);
            await beilun.Page.ReloadAsync();
            await beilun.Page.GetByRole(AriaRole.Heading, new() { Name = "先用后转" }).WaitForAsync();
        }

        await converted.GetByRole(AriaRole.Link, new() { Name = "查看转化合同" }).ClickAsync();
        await beilun.Page.GetByRole(AriaRole.Heading, new() { Name = "光伏组件隐裂深度学习检测算法（先用后转）" }).WaitForAsync();
        await beilun.ExpectTextAsync("起草中");
        await beilun.CheckAccessibilityAsync("converted trial's contract (zh-CN)");
    }
}
