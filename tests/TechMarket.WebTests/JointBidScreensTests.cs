using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>联合答题 on screen, on the demo's open challenge where 甬城大学 bids with 宁波智能制造技术研究院: the member finds
/// the joint bid among its bids, declines with a reason and confirms again (zh-CN); the lead reads each member's answer and
/// amends with its members in the form (English).</summary>
[Collection(WebCollection.Name)]
public sealed class JointBidScreensTests(WebHost host)
{
    private const string OpenChallenge = "集装箱码头堆场智能调度算法揭榜";

    [Fact]
    public async Task A_member_declines_its_part_with_a_reason_the_lead_reads_then_confirms_again()
    {
        await using (var member = await Person.SignInAsync(host, "institute.zhizao@techmarket.demo"))
        {
            await member.GoAsync("/university");
            var row = member.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = OpenChallenge });
            await row.GetByText("联合答题 · 联合成员").WaitForAsync();
            await row.GetByRole(AriaRole.Link, new() { Name = OpenChallenge }).ClickAsync();
            var card = member.Page.GetByTestId("joint-card");
            await card.GetByText("牵头单位，负责技术方案与算法研发").WaitForAsync();
            await card.GetByRole(AriaRole.Row).Filter(new() { HasText = "宁波智能制造技术研究院" }).GetByText("已确认").WaitForAsync();
            // A member reads the bid but neither amends nor withdraws it: that is the lead's.
            (await member.Button("修改申报").CountAsync()).ShouldBe(0);
            (await member.Button("撤回申报").CountAsync()).ShouldBe(0);

            await card.GetByRole(AriaRole.Button, new() { Name = "拒绝参与" }).ClickAsync();
            await member.Dialog.GetByLabel("拒绝理由（牵头单位可见）").FillAsync("中试线本季度已排满");
            await member.CheckAccessibilityAsync("decline a joint bid");
            await member.ConfirmAsync("拒绝参与");
            await card.GetByText("已拒绝", new() { Exact = true }).WaitForAsync();
            await card.GetByText("尚有成员未确认").WaitForAsync();
        }

        await using (var lead = await Person.SignInAsync(host, "university@techmarket.demo", "en"))
        {
            await lead.GoAsync("/university");
            await lead.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = OpenChallenge }).GetByRole(AriaRole.Link, new() { Name = OpenChallenge }).ClickAsync();
            var card = lead.Page.GetByTestId("joint-card");
            await card.GetByText("Declined", new() { Exact = true }).WaitForAsync();
            await card.GetByText("中试线本季度已排满").WaitForAsync();
            await lead.CheckAccessibilityAsync("joint bid, lead (en)");
            await lead.ScreenshotAsync("web-joint-bid-lead");
            await lead.Page.GetByRole(AriaRole.Link, new() { Name = "Amend" }).ClickAsync();
            // The form opens on the bid as submitted: its text, its budget's split and the amendment's button.
            (await lead.Page.GetByRole(AriaRole.Textbox, new() { Name = "Technical approach" }).InputValueAsync()).ShouldStartWith("采用原子层沉积包覆与体相掺杂协同改性");
            await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Submit the amendment" }).WaitForAsync();
            (await lead.Page.GetByRole(AriaRole.Switch, new() { Name = "Joint bid (联合答题)" }).IsCheckedAsync()).ShouldBeTrue();
            await lead.Page.GetByTestId("joint-member-0").GetByText("宁波智能制造技术研究院").WaitForAsync();
            await lead.ExpectTextAsync("Shares total");
            await lead.CheckAccessibilityAsync("joint bid form (en)");
        }

        await using var again = await Person.SignInAsync(host, "institute.zhizao@techmarket.demo");
        await again.GoAsync("/university");
        await again.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = OpenChallenge }).GetByRole(AriaRole.Link, new() { Name = OpenChallenge }).ClickAsync();
        var confirmCard = again.Page.GetByTestId("joint-card");
        await confirmCard.GetByRole(AriaRole.Button, new() { Name = "确认参与" }).ClickAsync();
        await confirmCard.GetByText("已确认", new() { Exact = true }).WaitForAsync();
    }
}
