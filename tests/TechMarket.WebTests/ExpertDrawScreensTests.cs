using Microsoft.Playwright;
using TechMarket.Server.Modules.Demo;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>随机抽取 and 回避 on screen: the bureau draws a panel for a closed challenge and reads the log with its seed
/// (zh-CN); an expert who recused from a bid sees it marked and cannot score it (English).</summary>
[Collection(WebCollection.Name)]
public sealed class ExpertDrawScreensTests(WebHost host)
{
    [Fact]
    public async Task The_bureau_draws_experts_with_alternates_and_reads_the_draw_log()
    {
        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo");
        await bureau.GoAsync($"/bureau/challenges/{DemoData.StableId("challenge", "closed")}");
        var card = bureau.Page.Locator(".ant-card").Filter(new() { Has = bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "随机抽取专家" }) });
        await card.GetByText("尚无抽取记录。").WaitForAsync();

        await card.GetByLabel("抽取人数").FillAsync("2");
        await card.GetByLabel("候补人数").FillAsync("1");
        await card.GetByRole(AriaRole.Button, new() { Name = "随机抽取", Exact = true }).ClickAsync();

        // Exact: the card's introduction mentions 种子 too, so a substring match found it before the draw showed (and
        // two elements once it had: a strict-mode failure in one CI run).
        await card.GetByText("种子", new() { Exact = true }).WaitForAsync();
        await card.GetByText("抽中", new() { Exact = true }).WaitForAsync();
        (await card.Locator("code").InnerTextAsync()).ShouldMatch("^[0-9a-f]{32}$");
        // 赵教授 belongs to 甬城大学, which bid: left out, and the log says why.
        await card.GetByText("利益冲突：该专家属于申报方或出资企业。").First.WaitForAsync();
        await bureau.CheckAccessibilityAsync("expert draw");
        await bureau.ScreenshotAsync("web-bureau-expert-draw");
    }

    [Fact]
    public async Task An_expert_who_recused_from_a_bid_sees_it_marked_and_the_bureau_sees_the_recusal_in_English()
    {
        var review = DemoData.StableId("challenge", "review");
        await using (var expert = await Person.SignInAsync(host, "expert.li@techmarket.demo", "en"))
        {
            await expert.GoAsync($"/expert/challenges/{review}");
            var recused = expert.Page.Locator(".ant-card").Filter(new() { Has = expert.Page.GetByRole(AriaRole.Heading, new() { Name = "Bid B" }) });
            await recused.GetByText("Recused", new() { Exact = true }).WaitForAsync();
            await recused.GetByText("your scores for it do not count").WaitForAsync();
            (await recused.GetByRole(AriaRole.Spinbutton).CountAsync()).ShouldBe(0);
            var other = expert.Page.Locator(".ant-card").Filter(new() { Has = expert.Page.GetByRole(AriaRole.Heading, new() { Name = "Bid A" }) });
            await other.GetByRole(AriaRole.Button, new() { Name = "Declare a conflict" }).ClickAsync();
            await expert.Dialog.GetByText("Reason (seen by the bureau only)").WaitForAsync();
            await expert.CheckAccessibilityAsync("recusal dialog (en)");
            await expert.Dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        }

        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo", "en");
        await bureau.GoAsync($"/bureau/challenges/{review}");
        await bureau.ExpectTextAsync("Draws, declines and recusals");
        await bureau.ExpectTextAsync("recused from bid B");
        await bureau.CheckAccessibilityAsync("draw log (en)");
    }

    [Fact]
    public async Task An_expert_proposes_a_change_with_a_conflict_found_by_name_and_the_city_bureau_approves_it()
    {
        await using (var expert = await Person.SignInAsync(host, "expert.zhou@techmarket.demo"))
        {
            await expert.GoAsync("/expert/profile");
            await expert.Page.GetByLabel("职称").FillAsync("教授、博士生导师");
            // Any approved organisation, found by name: this one lists no public need (its only one was withdrawn).
            var conflicts = expert.Page.GetByLabel("声明利益冲突的机构");
            await conflicts.ClickAsync();
            await conflicts.FillAsync("康泰生物");
            await expert.Page.Locator(".ant-select-item-option").Filter(new() { HasText = "宁波鄞州康泰生物医药有限公司（企业" }).ClickAsync();
            await conflicts.PressAsync("Escape"); // a multiple select stays open for the next choice
            await expert.Page.Locator(".ant-select-selection-item").Filter(new() { HasText = "宁波鄞州康泰生物医药有限公司" }).WaitForAsync();
            await expert.Button("保存").ClickAsync();
            await expert.ExpectTextAsync("您提交的修改正在等待市科技局审核");
            await expert.CheckAccessibilityAsync("expert profile, change pending");

            // Opened again, the declared organisation shows by its name, not its id.
            await expert.GoAsync("/expert/profile");
            await expert.Page.Locator(".ant-select-selection-item").Filter(new() { HasText = "宁波鄞州康泰生物医药有限公司（企业" }).WaitForAsync();
        }

        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo");
        await bureau.GoAsync("/bureau/organisations");
        var card = bureau.Page.Locator(".ant-card").Filter(new() { Has = bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "评审专家入库与修改审核" }) });
        var row = card.GetByRole(AriaRole.Row).Filter(new() { HasText = "周教授" });
        await row.GetByText("修改待审核").WaitForAsync();
        await row.GetByText("教授、博士生导师").WaitForAsync();
        await bureau.CheckAccessibilityAsync("expert approvals");
        await row.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
