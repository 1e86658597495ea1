using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Achievements in matching, in the browser: a university publishes an achievement that fits 甬江新材料's listed need
/// (高镍三元正极材料循环寿命提升); the enterprise, its notification centre open, sees the match arrive live and opens the
/// achievement from the notice; its matches list the achievement with the need it fits and the reasons (in English);
/// the search page finds it by Chinese words. axe-core on each screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AchievementMatchScreensTests(WebHost host)
{
    private const string NeedTitle = "高镍三元正极材料循环寿命提升";

    [Fact]
    public async Task An_enterprise_sees_a_matching_achievement_arrive_live_and_opens_it()
    {
        var title = $"高镍三元正极材料铝镁共掺杂改性技术{Random.Shared.Next(1000, 9999)}";
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await enterprise.GoAsync("/notices");
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "消息中心" }).WaitForAsync();
        await enterprise.ExpectTextAsync("实时连接");

        await using (var university = await Person.SignInAsync(host, "university@techmarket.demo"))
        {
            await PublishAsync(university, title);
        }

        // Live, without reloading: the toast and the notification centre's list, whose notice opens the achievement.
        await enterprise.ExpectTextAsync($"新的匹配：{title}");
        var notice = enterprise.Page.GetByRole(AriaRole.Link).Filter(new() { HasText = title }).First;
        await enterprise.CheckAccessibilityAsync("a live match notice");
        await notice.ClickAsync();
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        await enterprise.ExpectTextAsync("甬城大学");
        await enterprise.CheckAccessibilityAsync("the matching achievement");

        await enterprise.GoAsync("/enterprise/matches?lang=en");
        var card = enterprise.Page.Locator(".ant-card").Filter(new() { HasText = title }).First;
        await card.GetByText("Achievement", new() { Exact = true }).WaitForAsync();
        await card.GetByRole(AriaRole.Link, new() { Name = NeedTitle }).WaitForAsync(); // the need it fits
        await card.GetByText("Shared words", new() { Exact = false }).WaitForAsync();
        await enterprise.CheckAccessibilityAsync("matches with an achievement (en)");
        await enterprise.ScreenshotAsync("web-achievement-match");

        await enterprise.GoAsync("/search?lang=en");
        await enterprise.Page.GetByLabel("Keyword").FillAsync("铝镁共掺杂 正极材料");
        await enterprise.Page.GetByLabel("Keyword").PressAsync("Enter");
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
    }

    private static async Task PublishAsync(Person university, string title)
    {
        await university.GoAsync("/university/achievements/new");
        var page = university.Page;
        await page.GetByLabel("成果名称").FillAsync(title);
        await page.GetByLabel("成果简介").FillAsync("高镍三元正极材料铝镁共掺杂与表面包覆改性，45℃高温循环1000次容量保持率提升至91%，循环寿命显著提升，兼容现有回转窑工艺。");
        await university.PickAsync(page.GetByLabel("技术领域"), "新材料");
        await page.GetByLabel("技术成熟度（TRL 1–9）").FillAsync("7");
        await page.GetByLabel("挂牌价（元）").FillAsync("1200000");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "许可" }).CheckAsync();
        await university.Button("发布成果").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
    }
}
