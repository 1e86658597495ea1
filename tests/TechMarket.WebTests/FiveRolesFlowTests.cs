using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// The whole flow in the browser, in Chinese, as five people in five browser contexts: an enterprise posts a need;
/// the bureau accepts it with refined technical indicators, which the enterprise reads before and after, drafts a challenge and publishes it once the enterprise confirmed its funding; a university
/// and an institute accept the NDA and bid; bidding closes (the server's clock moves past the deadline); the bureau
/// assigns an expert (the platform refuses a conflicted one and says why); the expert scores blind; the bureau gives
/// feedback and proposes the award, which goes into publicity (公示) with the winner's name and score; the institute
/// objects, the bureau dismisses the objection with a reason, and once the publicity is over (the clock moves again)
/// makes the award final; each bidder sees its result; the winner delivers a report, the enterprise rejects it with a reason
/// (市场判题), the bureau resumes with a new date, the winner delivers again with a file and the enterprise accepts it as
/// validated on the production floor (车间验题). axe-core checks every screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FiveRolesFlowTests(WebHost host)
{
    private const string NeedTitle = "高导热氮化铝陶瓷基板量产工艺";
    private const string ChallengeTitle = "揭榜：氮化铝陶瓷基板量产工艺攻关";
    private const string RefinedIndicators = "热导率≥170W/mK；翘曲<0.1%；良率≥90%";
    private const string UniversityApproach = "甬城方案：采用流延成型与无压烧结相结合的工艺路线，分三阶段完成中试验证。";
    private const string InstituteApproach = "东海方案：以热压烧结为主，辅以粉体表面改性，目标热导率不低于170W/mK。";

    [Fact]
    public async Task Five_people_take_a_need_to_an_awarded_challenge_in_Chinese()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await using var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo");
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await using var institute = await Person.SignInAsync(host, "institute@techmarket.demo");
        await using var expert = await Person.SignInAsync(host, "expert@techmarket.demo");

        try
        {
            await Flow(enterprise, bureau, university, institute, expert);
        }
        catch
        {
            foreach (var (name, person) in new[] { ("enterprise", enterprise), ("bureau", bureau), ("university", university), ("institute", institute), ("expert", expert) })
            {
                await person.Page.ScreenshotAsync(new() { Path = Path.Combine(WebHost.Repository, "TestResults", "failures", $"{name}.png"), FullPage = true });
            }

            throw;
        }
    }

    private async Task Flow(Person enterprise, Person bureau, Person university, Person institute, Person expert)
    {
        enterprise.Page.Url.ShouldEndWith("/enterprise");
        bureau.Page.Url.ShouldEndWith("/bureau");

        await PostNeed(enterprise);
        await AcceptNeed(bureau);
        var challengePath = await DraftChallenge(bureau);
        await SeeRefinement(enterprise);
        await ConfirmFunding(enterprise);
        await Publish(bureau);

        await Bid(university, challengePath, UniversityApproach, withAttachment: true);
        await Bid(institute, challengePath, InstituteApproach, withAttachment: false);

        host.Clock.Advance(TimeSpan.FromDays(15));
        await WaitForStatus(bureau, "专家评审中", "申报已截止");
        await SeeDisclosures(bureau);
        await SeeDisclosures(enterprise, "/enterprise/challenges");

        await AssignExperts(bureau);
        await Score(expert);
        await FeedbackAndProposeAward(bureau);
        await Object(institute, challengePath);
        await DismissObjection(bureau);
        host.Clock.Advance(TimeSpan.FromDays(6));
        await MakeAwardFinal(bureau);
        await SeeAnswer(institute, challengePath);

        await SeeResult(university, won: true);
        await SeeResult(institute, won: false);
        await Deliver(university, "第一轮交付：中试样品热导率165W/mK，翘曲0.08%。", withFile: false);
        await RejectResults(enterprise);
        await Resume(bureau);
        await Deliver(university, "第二轮交付：改进烧结工艺后热导率172W/mK，良率91%。", withFile: true);
        await AcceptResults(enterprise);
    }

    private static async Task PostNeed(Person enterprise)
    {
        var page = enterprise.Page;
        // 我的需求 is paged by the server: the total is the server's count, not the rows of one page.
        (await page.Locator(".ant-pagination-total-text").InnerTextAsync()).ShouldMatch(@"^共 \d+ 项$");
        await enterprise.CheckAccessibilityAsync("my needs");
        await enterprise.ScreenshotAsync("web-enterprise-needs");
        await page.GetByRole(AriaRole.Link, new() { Name = "发布技术需求" }).ClickAsync();
        await page.GetByLabel("需求名称").FillAsync(NeedTitle);
        await enterprise.PickAsync(page.GetByLabel("技术领域"), "新材料");
        await page.GetByLabel("预算下限（元）").FillAsync("800000");
        await page.GetByLabel("预算上限（元）").FillAsync("1500000");
        await page.GetByLabel("期望交付日期").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("需求描述").FillAsync("现有氮化铝基板热导率仅150W/mK且翘曲大，需开发量产工艺，热导率不低于170W/mK，翘曲小于0.1%。");
        await page.GetByLabel("公开摘要（所有人可见）").FillAsync("寻求高导热氮化铝陶瓷基板量产工艺，热导率不低于170W/mK。");
        await page.GetByLabel("保密信息（仅本企业和科技局可见）").FillAsync("现有产线为两条流延线，年产能20万片。");
        await enterprise.CheckAccessibilityAsync("need form");
        await enterprise.Button("保存草稿").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise/needs/[0-9a-f-]{36}$"), new() { Timeout = 45_000 });
        await enterprise.ExpectTextAsync("草稿");
        await enterprise.Button("提交科技局受理").ClickAsync();
        await enterprise.ConfirmAsync("提交");
        await enterprise.ExpectTextAsync("待受理");
        await enterprise.CheckAccessibilityAsync("my need");
    }

    private static async Task AcceptNeed(Person bureau)
    {
        var page = bureau.Page;
        await bureau.GoAsync("/bureau");
        // Found in the queue by its title, whatever page it would be on.
        await page.GetByLabel("按标题或企业名称搜索").FillAsync(NeedTitle);
        await page.GetByLabel("按标题或企业名称搜索").PressAsync("Enter");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = NeedTitle });
        await row.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await bureau.Dialog.GetByLabel("凝练后的标题（选填）").FillAsync(NeedTitle);
        await bureau.Dialog.GetByLabel("凝练后的技术指标").FillAsync(RefinedIndicators);
        await bureau.ConfirmAsync("受理");
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await bureau.CheckAccessibilityAsync("need queue");
        await bureau.ScreenshotAsync("web-bureau-queue");
    }

    private static async Task<string> DraftChallenge(Person bureau)
    {
        var page = bureau.Page;
        await bureau.GoAsync("/bureau/challenges/new");
        await bureau.PickAsync(page.GetByLabel("选择已受理的需求"), NeedTitle);
        await page.GetByLabel("企业出资（元）").FillAsync("1000000");
        await page.GetByLabel("政府补助（元）").FillAsync("500000");
        await bureau.ExpectTextAsync("榜额合计：150万元");
        await page.GetByLabel("标题", new() { Exact = true }).FillAsync(ChallengeTitle);
        await bureau.PickAsync(page.GetByLabel("技术领域"), "新材料");
        await page.GetByLabel("公开摘要", new() { Exact = true }).FillAsync("面向电子封装的高导热氮化铝陶瓷基板量产工艺攻关，榜额150万元。");
        await page.GetByLabel("揭榜要求").FillAsync("热导率不低于170W/mK，翘曲小于0.1%，良率不低于90%，完成中试验证。");
        await page.GetByLabel("保密详情").FillAsync("企业现有产线参数与近两年不良品分析报告。");
        await bureau.ExpectTextAsync("权重合计：100 / 100");
        await bureau.CheckAccessibilityAsync("new challenge");
        await bureau.ScreenshotAsync("web-bureau-draft-challenge");
        await bureau.Button("创建草稿榜单").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/bureau/challenges/[0-9a-f-]{36}$"), new() { Timeout = 45_000 });
        await bureau.ExpectTextAsync("待确认");
        return "/challenges/" + page.Url.Split('/').Last();
    }

    /// <summary>凝练: the enterprise reads what the bureau changed in its need, before and after.</summary>
    private static async Task SeeRefinement(Person enterprise)
    {
        await enterprise.GoAsync("/enterprise");
        await enterprise.Page.GetByRole(AriaRole.Link, new() { Name = NeedTitle }).First.ClickAsync();
        var refinements = enterprise.Page.Locator(".ant-card").Filter(new() { Has = enterprise.Page.GetByRole(AriaRole.Heading, new() { Name = "科技局凝练记录" }) });
        await refinements.GetByRole(AriaRole.Row).Filter(new() { HasText = "技术指标" }).Filter(new() { HasText = RefinedIndicators }).WaitForAsync();
        await enterprise.CheckAccessibilityAsync("refined need");
    }

    private static async Task ConfirmFunding(Person enterprise)
    {
        await enterprise.GoAsync("/enterprise/challenges");
        var card = enterprise.Page.Locator(".ant-card").Filter(new() { HasText = ChallengeTitle });
        await card.GetByRole(AriaRole.Button, new() { Name = "确认出资" }).ClickAsync();
        await enterprise.ConfirmAsync("确定");
        await card.GetByText("已确认出资").WaitForAsync();
        await enterprise.CheckAccessibilityAsync("funding and results");
    }

    private static async Task Publish(Person bureau)
    {
        await bureau.Page.ReloadAsync();
        await bureau.ExpectTextAsync("已确认");
        await bureau.Button("发榜").ClickAsync();
        await bureau.ConfirmAsync("发榜");
        await bureau.ExpectTextAsync("揭榜中");
    }

    private static async Task Bid(Person bidder, string challengePath, string approach, bool withAttachment)
    {
        var page = bidder.Page;
        await bidder.GoAsync("/challenges");
        await page.GetByRole(AriaRole.Link, new() { Name = ChallengeTitle }).ClickAsync();
        await bidder.ExpectTextAsync("保密协议条款");
        page.Url.ShouldEndWith(challengePath);
        await bidder.Button("接受保密协议并查看保密详情").ClickAsync();
        await bidder.ExpectTextAsync("企业现有产线参数与近两年不良品分析报告。");
        await bidder.CheckAccessibilityAsync("challenge page");

        await page.GetByRole(AriaRole.Link, new() { Name = "提交申报" }).ClickAsync();
        await page.GetByLabel("技术方案").FillAsync(approach);
        await page.GetByLabel("团队", new() { Exact = true }).FillAsync("教授1名、副教授2名、博士生4名");
        await page.GetByLabel("申请经费（元）").FillAsync("1200000");
        await page.GetByLabel("进度安排").FillAsync("第1–6个月小试，第7–12个月中试");
        if (withAttachment)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "技术方案.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
            });
            await page.Locator(".ant-upload-list-item-done").Filter(new() { HasText = "技术方案.pdf" }).WaitForAsync();
        }

        await bidder.CheckAccessibilityAsync("bid form");
        await bidder.Button("提交密封申报").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/university/bids/[0-9a-f-]{36}$"), new() { Timeout = 45_000 });
        (await page.GetByTestId("commitment").InnerTextAsync()).ShouldMatch("^[0-9a-f]{64}$");
        await bidder.Button("在浏览器中重新计算").ClickAsync();
        await bidder.ExpectTextAsync("一致：按申报内容和随机盐重新计算的承诺值与回执相同。");
        await bidder.CheckAccessibilityAsync("bid receipt");
        if (withAttachment)
        {
            await bidder.ScreenshotAsync("web-university-receipt");
        }
    }

    /// <summary>Both bidders accepted the confidentiality terms to read the details: the bureau (on the challenge it
    /// manages, where it is) and the funding enterprise (on its challenges) read who unlocked them.</summary>
    private static async Task SeeDisclosures(Person person, string? path = null)
    {
        var scope = person.Page.Locator("main");
        if (path is not null)
        {
            await person.GoAsync(path);
            scope = person.Page.Locator(".ant-card").Filter(new() { HasText = ChallengeTitle });
        }

        var log = scope.Locator(".ant-collapse-item").Filter(new() { HasText = "保密详情解锁记录" });
        await log.GetByText("保密详情解锁记录").ClickAsync();
        foreach (var organisation in new[] { "甬城大学", "东海新材料技术研究院" })
        {
            await log.GetByRole(AriaRole.Row).Filter(new() { HasText = organisation }).WaitForAsync();
        }
    }

    private static async Task WaitForStatus(Person person, params string[] statuses)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await person.Page.ReloadAsync();
            await person.Page.Locator("h1").First.WaitForAsync();
            foreach (var status in statuses)
            {
                if (await person.Page.Locator(".ant-tag").Filter(new() { HasTextString = status }).CountAsync() > 0)
                {
                    return;
                }
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"The challenge never showed {string.Join(" or ", statuses)}.");
    }

    private static async Task AssignExperts(Person bureau)
    {
        var page = bureau.Page;
        var experts = page.Locator(".ant-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "评审专家" }) });
        // 赵教授 belongs to 甬城大学, a bidder: the platform refuses and the bureau reads why.
        await experts.GetByRole(AriaRole.Row).Filter(new() { HasText = "赵教授" }).GetByRole(AriaRole.Button, new() { Name = "指派" }).ClickAsync();
        await bureau.ExpectTextAsync("利益冲突：该专家属于申报方或出资企业。");
        await experts.GetByRole(AriaRole.Row).Filter(new() { HasText = "钱教授" }).GetByRole(AriaRole.Button, new() { Name = "指派" }).ClickAsync();
        await experts.GetByRole(AriaRole.Row).Filter(new() { HasText = "钱教授" }).GetByText("已指派").WaitForAsync();
        await bureau.CheckAccessibilityAsync("expert assignment");
    }

    private static async Task Score(Person expert)
    {
        var page = expert.Page;
        await expert.GoAsync("/expert");
        await page.GetByRole(AriaRole.Link, new() { Name = ChallengeTitle }).ClickAsync();
        foreach (var (approach, score) in new[] { (UniversityApproach, "9"), (InstituteApproach, "6") })
        {
            var card = page.Locator(".ant-card").Filter(new() { HasText = approach });
            var inputs = card.GetByRole(AriaRole.Spinbutton);
            await inputs.First.WaitForAsync();
            (await inputs.CountAsync()).ShouldBe(3, "one score per criterion");
            for (var i = 0; i < 3; i++)
            {
                await inputs.Nth(i).ClickAsync();
                await inputs.Nth(i).PressSequentiallyAsync(score);
                await inputs.Nth(i).PressAsync("Tab");
            }

            await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await card.GetByText("已评分", new() { Exact = true }).WaitForAsync();
        }

        // Blind: the expert's page names no bidder.
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("甬城大学");
        await expert.CheckAccessibilityAsync("blind scoring");
        await expert.ScreenshotAsync("web-expert-scoring");
    }

    private static async Task FeedbackAndProposeAward(Person bureau)
    {
        var page = bureau.Page;
        await page.ReloadAsync();
        var loser = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "东海新材料技术研究院" });
        await loser.GetByRole(AriaRole.Button, new() { Name = "反馈" }).ClickAsync();
        await bureau.PickAsync(bureau.Dialog.GetByLabel("原因"), "综合评分排名靠后");
        await bureau.ConfirmAsync("保存");
        await loser.GetByText("综合评分排名靠后").WaitForAsync();
        await bureau.CheckAccessibilityAsync("ranking");
        await bureau.ScreenshotAsync("web-bureau-ranking");
        await bureau.Button("拟定揭榜方并公示").ClickAsync();
        await bureau.ConfirmAsync("拟定揭榜方并公示");
        await bureau.Page.Locator(".ant-tag").Filter(new() { HasTextString = "公示中" }).First.WaitForAsync();
        await bureau.ExpectTextAsync("拟揭榜方（公示中）");
        await bureau.ExpectTextAsync("尚无异议。");
    }

    /// <summary>The institute, ranked second, reads the publicity (the winner's name and score, its end) and objects.</summary>
    private static async Task Object(Person institute, string challengePath)
    {
        var page = institute.Page;
        await institute.GoAsync(challengePath);
        await institute.ExpectTextAsync("拟揭榜方公示中，公示期至");
        var winners = page.Locator(".ant-card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "拟揭榜方（公示中）" }) });
        await winners.GetByRole(AriaRole.Row).Filter(new() { HasText = "甬城大学" }).Filter(new() { HasText = "90" }).WaitForAsync();
        await institute.Button("提出异议").ClickAsync();
        await institute.Dialog.GetByLabel("异议理由").FillAsync("专家未审阅我方附件中的中试数据，请复核评分。");
        await institute.ConfirmAsync("提交");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "专家未审阅我方附件中的中试数据" }).GetByText("待答复").WaitForAsync();
        await institute.CheckAccessibilityAsync("publicity and objection");
    }

    private static async Task DismissObjection(Person bureau)
    {
        var page = bureau.Page;
        await page.ReloadAsync();
        var objection = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "专家未审阅我方附件中的中试数据" });
        await objection.Filter(new() { HasText = "东海新材料技术研究院" }).GetByRole(AriaRole.Button, new() { Name = "驳回异议" }).ClickAsync();
        await bureau.Dialog.GetByLabel("答复理由（将告知提出方）").FillAsync("附件已随申报送审，评分记录显示专家已审阅。");
        await bureau.ConfirmAsync("驳回异议");
        await objection.GetByText("异议不成立").WaitForAsync();
        await bureau.CheckAccessibilityAsync("publicity and objections");
        await bureau.ScreenshotAsync("web-bureau-publicity");
    }

    private static async Task MakeAwardFinal(Person bureau)
    {
        await bureau.Page.ReloadAsync();
        await bureau.Button("正式确定揭榜方").ClickAsync();
        await bureau.ConfirmAsync("正式确定揭榜方");
        await bureau.Page.Locator(".ant-tag").Filter(new() { HasTextString = "已确定揭榜方" }).First.WaitForAsync();
        await bureau.ExpectTextAsync("揭榜结果");
    }

    /// <summary>The objector reads the bureau's answer beside its objection.</summary>
    private static async Task SeeAnswer(Person institute, string challengePath)
    {
        await institute.GoAsync(challengePath);
        var objection = institute.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "专家未审阅我方附件中的中试数据" });
        await objection.GetByText("异议不成立").WaitForAsync();
        await objection.GetByText("附件已随申报送审，评分记录显示专家已审阅。").WaitForAsync();
    }

    private static async Task SeeResult(Person bidder, bool won)
    {
        var page = bidder.Page;
        await bidder.GoAsync("/university");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = ChallengeTitle });
        await row.GetByText(won ? "入选" : "未入选", new() { Exact = true }).WaitForAsync();
        await row.GetByText(won ? "第 1 名" : "第 2 名", new() { Exact = false }).WaitForAsync();
        await row.Locator("button.ant-table-row-expand-icon").ClickAsync();
        await bidder.ExpectTextAsync("各指标平均分（评审专家匿名）");
        if (!won)
        {
            await bidder.ExpectTextAsync("综合评分排名靠后");
        }
        else
        {
            await bidder.ScreenshotAsync("web-university-bids");
        }

        await bidder.CheckAccessibilityAsync("my bids");
    }

    /// <summary>成果交付 from the winning bid's page; the team reads its own delivery back.</summary>
    private static async Task Deliver(Person university, string report, bool withFile)
    {
        var page = university.Page;
        await university.GoAsync("/university");
        await page.GetByRole(AriaRole.Link, new() { Name = ChallengeTitle }).ClickAsync();
        await page.GetByLabel("交付报告").FillAsync(report);
        if (withFile)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "中试报告.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
            });
            await page.Locator(".ant-upload-list-item-done").Filter(new() { HasText = "中试报告.pdf" }).WaitForAsync();
        }

        await university.Button("提交成果交付").ClickAsync();
        await university.ExpectTextAsync(report);
        if (withFile)
        {
            await university.Button("中试报告.pdf").WaitForAsync();
            await university.CheckAccessibilityAsync("delivery");
            await university.ScreenshotAsync("web-university-delivery");
        }
    }

    private static async Task RejectResults(Person enterprise)
    {
        await enterprise.GoAsync("/enterprise/challenges");
        var card = enterprise.Page.Locator(".ant-card").Filter(new() { HasText = ChallengeTitle });
        await card.GetByText("第一轮交付：中试样品热导率165W/mK，翘曲0.08%。").WaitForAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "判题不通过" }).First.ClickAsync();
        await enterprise.Dialog.GetByLabel("不通过的理由").FillAsync("热导率未达到170W/mK的揭榜要求。");
        await enterprise.ConfirmAsync("判题不通过");
        await card.Locator(".ant-tag").Filter(new() { HasTextString = "判题未通过" }).First.WaitForAsync();
    }

    private static async Task Resume(Person bureau)
    {
        await bureau.Page.ReloadAsync();
        await bureau.ExpectTextAsync("出资企业判题不通过：请设定新的交付期限恢复实施，或判定榜单未成功。");
        await bureau.ExpectTextAsync("热导率未达到170W/mK的揭榜要求。");
        await bureau.CheckAccessibilityAsync("rejected results");
        await bureau.Button("恢复实施并设定新期限").ClickAsync();
        await bureau.Dialog.GetByLabel("新的交付期限").FillAsync(DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-ddTHH:mm"));
        await bureau.Dialog.GetByLabel("恢复实施的理由").FillAsync("给予企业认可的30天整改期。");
        await bureau.ConfirmAsync("恢复实施并设定新期限");
        await bureau.Page.Locator(".ant-tag").Filter(new() { HasTextString = "实施中" }).First.WaitForAsync();
        await bureau.ScreenshotAsync("web-bureau-judgement");
    }

    private static async Task AcceptResults(Person enterprise)
    {
        await enterprise.GoAsync("/enterprise/challenges");
        var card = enterprise.Page.Locator(".ant-card").Filter(new() { HasText = ChallengeTitle });
        await card.GetByText("第二轮交付：改进烧结工艺后热导率172W/mK，良率91%。").WaitForAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "验收结果" }).ClickAsync();
        var dialog = enterprise.Dialog;
        await dialog.GetByText("车间验题").ClickAsync();
        await dialog.GetByLabel("验题地点").FillAsync("甬江新材料二号车间");
        await dialog.GetByLabel("验题日期").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        var participants = dialog.GetByRole(AriaRole.Combobox, new() { Name = "参与人员（每输入一人按回车）" });
        await participants.FillAsync("车间主任 王海");
        await participants.PressAsync("Enter");
        await enterprise.CheckAccessibilityAsync("accept results");
        await enterprise.ConfirmAsync("确定");
        await card.Locator(".ant-tag").Filter(new() { HasTextString = "已完成" }).First.WaitForAsync();
        await card.GetByText("甬江新材料二号车间", new() { Exact = false }).WaitForAsync();
        await enterprise.ScreenshotAsync("web-enterprise-results");
    }
}
