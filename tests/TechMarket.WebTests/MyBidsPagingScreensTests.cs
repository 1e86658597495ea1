using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>我的申报 a page at a time (zh-CN): the demo university has bids on at least six of the demo's challenges, so at
/// five a page there are two pages at least; the second holds none of the first's, and the total stays the server's.</summary>
[Collection(WebCollection.Name)]
public sealed class MyBidsPagingScreensTests(WebHost host)
{
    [Fact]
    public async Task The_university_pages_through_its_bids_five_at_a_time()
    {
        await using var university = await Person.SignInAsync(host, "university@techmarket.demo");
        var page = university.Page;
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的申报" }).WaitForAsync();
        // Each challenge has one bid of the university: a bid shows on one page only.
        await ServerPaging.PageThroughAsync(university, "/api/bids/mine", page.Locator(".ant-table-tbody tr.ant-table-row a[href^='/university/bids/']"));
        await university.CheckAccessibilityAsync("my bids, second page");
    }
}
