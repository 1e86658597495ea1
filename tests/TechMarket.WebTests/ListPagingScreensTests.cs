using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// Lists that once showed the first hundred rows and dropped the rest without a word, now a page at a time (zh-CN): the
/// bureau's need queue (the demo's nine accepted needs) and a university's matches (the demo university's eight or
/// more). At five a page each has a second page, which holds none of the first's rows; the total stays the server's.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ListPagingScreensTests(WebHost host)
{
    [Fact]
    public async Task The_bureau_pages_through_the_accepted_needs()
    {
        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo");
        var page = bureau.Page;
        await page.GetByRole(AriaRole.Heading, new() { Name = "需求受理" }).WaitForAsync();
        await page.RunAndWaitForResponseAsync(
            () => page.GetByText("已受理", new() { Exact = true }).ClickAsync(),
            r => r.Url.Contains("/api/needs/queue", StringComparison.Ordinal) && r.Url.Contains("status=Accepted", StringComparison.Ordinal));

        await ServerPaging.PageThroughAsync(bureau, "/api/needs/queue", page.Locator(".ant-table-tbody tr.ant-table-row a[href^='/needs/']"));
        await bureau.CheckAccessibilityAsync("need queue, second page");
    }

    [Fact]
    public async Task The_university_pages_through_its_matches()
    {
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        await university.GoAsync("/university/matches");
        var page = university.Page;
        await page.GetByRole(AriaRole.Heading, new() { Name = "智能匹配" }).WaitForAsync();

        // A match is a pair: the subject's title and the counterpart's name tell the cards apart.
        await ServerPaging.PageThroughAsync(university, "/api/matches/mine", page.Locator(".ant-list-item .ant-card"));
        await university.CheckAccessibilityAsync("matches, second page");
    }
}
