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
        var total = page.Locator(".ant-pagination-total-text");
        await total.WaitForAsync();
        var shown = await total.InnerTextAsync();

        await page.RunAndWaitForResponseAsync(
            () => university.PickAsync(page.Locator(".ant-pagination-options .ant-select"), "5 条/页"),
            r => r.Url.Contains("/api/bids/mine", StringComparison.Ordinal) && r.Url.Contains("pageSize=5", StringComparison.Ordinal));
        var first = await TitlesAsync(page, 5);

        await page.RunAndWaitForResponseAsync(
            () => page.Locator(".ant-pagination-item-2").ClickAsync(),
            r => r.Url.Contains("/api/bids/mine", StringComparison.Ordinal) && r.Url.Contains("page=2", StringComparison.Ordinal));
        await page.Locator(".ant-pagination-item-2.ant-pagination-item-active").WaitForAsync();
        var second = await TitlesAsync(page, null, first);

        second.ShouldNotBeEmpty();
        second.Count.ShouldBeLessThanOrEqualTo(5);
        second.Intersect(first).ShouldBeEmpty(); // each challenge has one bid of the university: a bid shows on one page only
        (await total.InnerTextAsync()).ShouldBe(shown);
        shown.ShouldMatch(@"^共 \d+ 项$");
        await university.CheckAccessibilityAsync("my bids, second page");
    }

    /// <summary>The challenge titles of the rows shown, once the table shows <paramref name="count"/> rows (or any rows but
    /// <paramref name="not"/>'s, the page before).</summary>
    private static async Task<List<string>> TitlesAsync(IPage page, int? count, IReadOnlyList<string>? not = null)
    {
        var links = page.Locator(".ant-table-tbody tr.ant-table-row a[href^='/university/bids/']");
        for (var attempt = 0; ; attempt++)
        {
            var titles = (await links.AllInnerTextsAsync()).ToList();
            if ((count is null || titles.Count == count) && (not is null || (titles.Count > 0 && !titles.SequenceEqual(not))))
            {
                return titles;
            }

            if (attempt == 100)
            {
                throw new TimeoutException($"The table showed {string.Join(" | ", titles)}.");
            }

            await page.WaitForTimeoutAsync(100);
        }
    }
}
