using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>The key screens of every workspace in English, signed in through the English login page, with axe-core.</summary>
[Collection(WebCollection.Name)]
public sealed class KeyScreensInEnglishTests(WebHost host)
{
    [Fact]
    public async Task A_visitor_reads_the_home_page_and_registers_with_the_credit_code_checked_as_typed()
    {
        await using var visitor = await Person.VisitAsync(host, "en");
        var page = visitor.Page;
        await page.GotoAsync("/?lang=en");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Technology needs, meet the people who solve them" }).WaitForAsync();
        // The market at a glance: the server's count of every open challenge, and their bounties together.
        using var api = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var summary = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("/api/challenges/summary")).RootElement;
        var open = page.Locator(".ant-statistic").Filter(new() { HasText = "Open challenges" }).Locator(".ant-statistic-content-value");
        await Assertions.Expect(open).ToHaveTextAsync(summary.GetProperty("open").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        summary.GetProperty("bountyOnOffer").GetDecimal().ShouldBeGreaterThan(0m);
        await Assertions.Expect(page.Locator(".ant-statistic").Filter(new() { HasText = "Bounty on offer" }).Locator(".ant-statistic-content-value"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
        await visitor.CheckAccessibilityAsync("home (en)");
        await visitor.ScreenshotAsync("web-home-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Register an organisation" }).First.ClickAsync();
        await page.GetByLabel("Unified social credit code").FillAsync("9133021");
        await visitor.ExpectTextAsync("11 more characters");
        await page.GetByLabel("Unified social credit code").FillAsync("91330211MA2H4K7X10");
        await visitor.ExpectTextAsync("The check character does not match");
        await visitor.CheckAccessibilityAsync("registration (en)");
    }

    [Fact]
    public async Task A_visitor_reads_the_board_by_district_and_a_challenge_page_without_signing_in()
    {
        await using var visitor = await Person.VisitAsync(host, "en");
        var page = visitor.Page;
        await page.GotoAsync("/challenges?lang=en");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Challenges", Exact = true }).WaitForAsync();
        await visitor.PickAsync(page.GetByLabel("District"), "Zhenhai");
        var cards = page.Locator(".tm-card-grid .ant-card");
        await page.WaitForFunctionAsync(
            "() => { const cards = [...document.querySelectorAll('.tm-card-grid .ant-card')]; return cards.length > 0 && cards.every(c => c.textContent.includes('Zhenhai')); }");
        await visitor.CheckAccessibilityAsync("board by district, signed out (en)");

        var title = await cards.First.Locator(".ant-card-head-title a").InnerTextAsync();
        await cards.First.Locator(".ant-card-head-title a").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in to accept the NDA" }).WaitForAsync();
        await visitor.CheckAccessibilityAsync("challenge page, signed out (en)");
    }

    [Fact]
    public async Task The_bureau_works_in_English()
    {
        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo", "en");
        await bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "Need queue" }).WaitForAsync();
        await bureau.CheckAccessibilityAsync("need queue (en)");

        await bureau.GoAsync("/bureau/organisations");
        await bureau.ExpectTextAsync("象山海润海洋食品科技有限公司");
        await bureau.CheckAccessibilityAsync("organisations (en)");

        await bureau.GoAsync("/bureau/challenges");
        await bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "Drafts" }).WaitForAsync();
        await bureau.CheckAccessibilityAsync("challenges (en)");
        await bureau.ScreenshotAsync("web-bureau-challenges-en");

        // A draft still waiting for an enterprise's funding: publishing is refused, and the refusal reads in English.
        var draft = bureau.Page.Locator(".ant-card").Filter(new() { HasText = "Draft" }).First;
        await draft.GetByRole(AriaRole.Link).First.ClickAsync();
        await bureau.ExpectTextAsync("Waiting");
        await bureau.Button("Publish").ClickAsync();
        await bureau.ConfirmAsync("Publish");
        await bureau.ExpectTextAsync("Some enterprises have not confirmed their funding yet.");
        await bureau.CheckAccessibilityAsync("manage challenge (en)");

        await bureau.GoAsync("/bureau/challenges/new");
        await bureau.ExpectTextAsync("Weights: 100 / 100");
        // The need picker asks the server as one types (every accepted need, not a first page): by the enterprise's
        // name, only its needs; by words no need has, nothing, said so. The need chosen keeps its name.
        var picker = bureau.Page.GetByLabel("Accepted needs");
        await picker.ClickAsync();
        await picker.FillAsync("海曙智能装备");
        var options = bureau.Page.Locator(".ant-select-dropdown:visible .ant-select-item-option");
        await Assertions.Expect(options.First).ToContainTextAsync("宁波海曙智能装备股份有限公司");
        await Assertions.Expect(options.Filter(new() { HasNotText = "宁波海曙智能装备股份有限公司" })).ToHaveCountAsync(0);
        await picker.FillAsync("无此需求 no such need");
        await bureau.ExpectTextAsync("No need of your jurisdiction matches");
        await bureau.PickAsync(picker, "工业机器人RV减速器长寿命精度保持技术");
        await Assertions.Expect(bureau.Page.Locator(".ant-select").Filter(new() { Has = picker }))
            .ToContainTextAsync("工业机器人RV减速器长寿命精度保持技术 · 宁波海曙智能装备股份有限公司");
        await bureau.CheckAccessibilityAsync("new challenge (en)");

        // The demo's completed challenge: what the winner delivered and the enterprise's 车间验题.
        await OpenChallengeAsync(bureau, "Completed", "港区集卡无人驾驶编队调度");
        await bureau.ExpectTextAsync("Market judgement (市场判题)");
        await bureau.ExpectTextAsync("梅山港区二期集卡调度中心");
        await bureau.CheckAccessibilityAsync("market judgement (en)");

        // The demo horse race at its last gate: eliminating a team offers to re-allocate its unreleased money, with a reason.
        await OpenChallengeAsync(bureau, "In progress", "固态电解质界面改性技术赛马");
        await bureau.ExpectTextAsync("Returned to funders");
        await bureau.PickAsync(bureau.Page.GetByLabel("Status B", new() { Exact = true }), "Eliminate");
        await bureau.Page.GetByText("Re-allocate what the eliminated teams were not released", new() { Exact = false }).ClickAsync();
        await bureau.Page.GetByLabel("Reason for the re-allocation").FillAsync("Concentrate the funding on the leading team.");
        await bureau.CheckAccessibilityAsync("stage gate with re-allocation (en)");
        await bureau.Page.GetByRole(AriaRole.Button, new() { Name = "Review stage 2", Exact = false }).ClickAsync();
        await bureau.ExpectTextAsync("Re-allocated at the gate of stage 2 (Concentrate the funding on the leading team.)");
    }

    private static async Task OpenChallengeAsync(Person bureau, string status, string title)
    {
        await bureau.GoAsync("/bureau/challenges");
        await bureau.PickAsync(bureau.Page.GetByLabel("Status", new() { Exact = true }), status);
        await bureau.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await bureau.Page.GetByRole(AriaRole.Heading, new() { Name = title }).WaitForAsync();
    }

    [Fact]
    public async Task Enterprise_bidder_and_expert_work_in_English()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo", "en");
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "My needs" }).WaitForAsync();
        await enterprise.CheckAccessibilityAsync("my needs (en)");
        await enterprise.GoAsync("/enterprise/challenges");
        await enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "Funding & results" }).WaitForAsync();
        await enterprise.CheckAccessibilityAsync("funding and results (en)");

        await using var university = await Person.SignInAsync(host, "university@techmarket.demo", "en");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "My bids" }).WaitForAsync();
        await university.CheckAccessibilityAsync("my bids (en)");
        await university.GoAsync("/challenges");
        await university.Page.GetByRole(AriaRole.Heading, new() { Name = "Challenges" }).WaitForAsync();
        await university.CheckAccessibilityAsync("board (en)");
        await university.ScreenshotAsync("web-board-en");
        await university.Page.Locator(".ant-card-head a").First.ClickAsync();
        await university.ExpectTextAsync("Evaluation criteria and weights");
        await university.CheckAccessibilityAsync("challenge (en)");

        await using var expert = await Person.SignInAsync(host, "expert@techmarket.demo", "en");
        await expert.Page.GetByRole(AriaRole.Heading, new() { Name = "Reviews" }).WaitForAsync();
        await expert.CheckAccessibilityAsync("reviews (en)");
        await expert.GoAsync("/expert/profile");
        await expert.Page.GetByRole(AriaRole.Heading, new() { Name = "Expert profile" }).WaitForAsync();
        await expert.CheckAccessibilityAsync("expert profile (en)");
    }
}
