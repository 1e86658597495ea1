using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Real time in the browser: an enterprise posts a need the bureau accepts, and the matching university — which has
/// its notification centre open — sees the match arrive live, finds it with its reasons in its matches and follows it
/// up; the search page finds the need by Chinese words; the university edits its three lists. In Chinese, then the
/// same screens in English, with axe-core on each; its third list (优质成果) shows its published achievements.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LiveMatchesTests(WebHost host)
{
    private const string NeedTitle = "集装箱码头集卡调度与堆场箱位分配优化";

    /// <summary>The demo university's achievement offered 先用后转, negotiable (DemoAchievements).</summary>
    private const string DemoAchievement = "光伏组件隐裂深度学习检测算法";

    [Fact]
    public async Task A_university_sees_a_match_arrive_live_with_its_reasons_and_edits_its_three_lists()
    {
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await university.GoAsync("/notices");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await university.ExpectTextAsync("实时连接");
        await university.CheckAccessibilityAsync("notification centre");

        await using (var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo"))
        {
            await PostNeedAsync(enterprise);
        }

        await using (var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo"))
        {
            var row = bureau.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = NeedTitle });
            await row.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await bureau.ConfirmAsync("受理");
            await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        // Live, without reloading: the toast and the notification centre's list.
        await university.ExpectTextAsync($"新的匹配：{NeedTitle}");
        await university.Page.Locator(".ant-list-item").Filter(new() { HasText = NeedTitle }).First.WaitForAsync();
        await university.ScreenshotAsync("web-live-notice");

        await university.GoAsync("/university/matches");
        var card = university.Page.Locator(".ant-card").Filter(new() { HasText = NeedTitle }).First;
        await card.GetByText("共同关键词").WaitForAsync();
        await card.GetByText("集装箱").First.WaitForAsync();
        await university.CheckAccessibilityAsync("matches");
        await university.ScreenshotAsync("web-matches");
        await card.GetByRole(AriaRole.Button, new() { Name = "跟进", Exact = true }).ClickAsync();
        await card.GetByText("已跟进").WaitForAsync();

        await university.GoAsync("/search");
        await university.Page.GetByLabel("关键词").FillAsync("集卡调度 堆场");
        await university.Page.GetByLabel("关键词").PressAsync("Enter");
        await university.Page.GetByRole(AriaRole.Link, new() { Name = NeedTitle }).First.WaitForAsync();
        await university.CheckAccessibilityAsync("search");
        await university.ScreenshotAsync("web-search");

        await university.GoAsync("/university/profile");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "优势专业" }).WaitForAsync();
        // 优质成果: its published achievements, each linked to its page, with price (or 面议) and 先用后转.
        var listed = university.Page.Locator(".ant-list-item").Filter(new() { HasText = DemoAchievement });
        await listed.GetByRole(AriaRole.Link, new() { Name = DemoAchievement }).WaitForAsync();
        await listed.GetByText("可先用后转").WaitForAsync();
        await listed.GetByText("面议").WaitForAsync();
        await university.Page.GetByRole(AriaRole.Button, new() { Name = "添加 · 优秀团队" }).ClickAsync();
        var names = university.Page.GetByLabel("名称");
        await names.Last.FillAsync("智能港口团队");
        await university.Page.GetByLabel("负责人").Last.FillAsync("李海");
        await university.Page.GetByLabel("说明").Last.FillAsync("港口自动化与无人集卡调度。");
        await university.CheckAccessibilityAsync("three lists");
        await university.Button("保存").ClickAsync();
        await university.ExpectTextAsync("已保存");
        await university.GoAsync("/university/profile");
        await Assertions.Expect(university.Page.GetByLabel("名称").Last).ToHaveValueAsync("智能港口团队");

        await university.GoAsync("/university/matches?lang=en");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "Matches" }).WaitForAsync();
        await university.ExpectTextAsync("Shared words");
        await university.CheckAccessibilityAsync("matches (en)");
        await university.GoAsync("/university/profile");
        var english = university.Page.Locator(".ant-list-item").Filter(new() { HasText = DemoAchievement });
        await english.GetByText("Use first, pay later").WaitForAsync();
        await english.GetByText("Negotiable").WaitForAsync();
        await university.GoAsync("/notices");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "Notifications" }).WaitForAsync();
        await university.ExpectTextAsync($"New match: {NeedTitle}");
    }

    private static async Task PostNeedAsync(Person enterprise)
    {
        var page = enterprise.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "发布技术需求" }).ClickAsync();
        await page.GetByLabel("需求名称").FillAsync(NeedTitle);
        await enterprise.PickAsync(page.GetByLabel("技术领域"), "电子信息");
        await page.GetByLabel("预算下限（元）").FillAsync("800000");
        await page.GetByLabel("预算上限（元）").FillAsync("2000000");
        await page.GetByLabel("期望交付日期").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("需求描述").FillAsync("码头作业高峰期集卡排队严重，翻箱率高。");
        await page.GetByLabel("公开摘要（所有人可见）").FillAsync("寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶。");
        await enterprise.Button("保存草稿").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise/needs/[0-9a-f-]{36}$"), new() { Timeout = 45_000 });
        await enterprise.Button("提交科技局受理").ClickAsync();
        await enterprise.ConfirmAsync("提交");
        await enterprise.ExpectTextAsync("待受理");
    }
}
