using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>需求征集 and 榜单 on screen: a hospital posts a need into 镇海区's open round and the district bureau opens a
/// round of its own and reads the open round's report (zh-CN); the city bureau reads its closed round's report with the
/// share from enterprises, and everyone reads the published list 2026-01 (English).</summary>
[Collection(WebCollection.Name)]
public sealed class RoundScreensTests(WebHost host)
{
    private const string OpenRound = "2026年镇海区“揭榜挂帅”需求征集（第二批）";
    private const string ClosedRound = "2026年宁波市“揭榜挂帅”技术需求征集（第一批）";

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task A_hospital_submits_a_need_into_the_open_round_and_the_bureau_opens_a_round_and_reads_the_report()
    {
        await using (var hospital = await Person.SignInAsync(host, "hospital@techmarket.demo"))
        {
            var page = hospital.Page;
            await hospital.GoAsync("/university/needs");
            await page.GetByRole(AriaRole.Link, new() { Name = "发布技术需求" }).ClickAsync();
            await page.GetByLabel("需求名称").FillAsync("手术机器人器械臂力反馈精度提升");
            await hospital.PickAsync(page.GetByLabel("技术领域"), "电子信息");
            await page.GetByLabel("预算下限（元）").FillAsync("300000");
            await page.GetByLabel("预算上限（元）").FillAsync("600000");
            await page.GetByLabel("期望交付日期").FillAsync(Today.AddYears(1).ToString("yyyy-MM-dd"));
            await page.GetByLabel("需求描述").FillAsync("腔镜手术机器人器械臂力反馈误差约15%，需将误差降至5%以内并通过临床前验证。");
            await page.GetByLabel("公开摘要（所有人可见）").FillAsync("寻求手术机器人器械臂力反馈精度提升技术。");
            await hospital.Button("保存草稿").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/university/needs/[0-9a-f-]{36}$"), new() { Timeout = 45_000 });

            await hospital.Button("提交科技局受理").ClickAsync();
            await hospital.Dialog.GetByText(OpenRound).WaitForAsync();
            await hospital.CheckAccessibilityAsync("submit into a round");
            await hospital.ConfirmAsync("提交");
            await hospital.ExpectTextAsync("待受理");
        }

        await using var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo");
        await bureau.GoAsync("/bureau/rounds");
        await bureau.ExpectTextAsync("常态化征集");
        await bureau.Page.GetByLabel("征集名称").FillAsync("2026年镇海区“揭榜挂帅”需求征集（第三批）");
        await bureau.Page.GetByLabel("开始日期").FillAsync(Today.AddDays(1).ToString("yyyy-MM-dd"));
        await bureau.Page.GetByLabel("截止日期").FillAsync(Today.AddDays(40).ToString("yyyy-MM-dd"));
        await bureau.Button("发起征集").ClickAsync();
        var third = bureau.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "（第三批）" });
        await third.GetByText("未开始").WaitForAsync();

        await bureau.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = OpenRound }).GetByText(OpenRound).ClickAsync();
        var report = bureau.Page.GetByLabel("征集统计");
        await report.GetByText("医院 1").WaitForAsync();
        await report.GetByText("来自企业").First.WaitForAsync();
        await bureau.CheckAccessibilityAsync("rounds and a round's report");
        await bureau.ScreenshotAsync("web-bureau-rounds");
    }

    [Fact]
    public async Task The_city_bureau_reads_its_closed_round_s_report_and_its_list_is_public_in_English()
    {
        await using var city = await Person.SignInAsync(host, "bureau@techmarket.demo", "en");
        await city.GoAsync("/bureau/rounds");
        await city.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = ClosedRound }).GetByText(ClosedRound).ClickAsync();
        var report = city.Page.GetByLabel("Round report");
        await report.GetByText("67% from enterprises").WaitForAsync();
        await report.GetByText("Enterprise 4 · Research institute 1 · Hospital 1").WaitForAsync();
        await report.GetByText("Closed early: 第一批征集结束，转入凝练发榜。").WaitForAsync();
        await city.CheckAccessibilityAsync("closed round's report (en)");

        await report.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^2026-01 ") }).ClickAsync();
        await city.ExpectTextAsync("No. 2026-01");
        (await city.Page.Locator(".tm-card-grid .ant-card").CountAsync()).ShouldBe(2);
        await city.ExpectTextAsync("锂电池极片涂布面密度在线闭环控制揭榜");
        await city.CheckAccessibilityAsync("published list (en)");
        await city.ScreenshotAsync("web-public-list");
    }
}
