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
            r => Asks(r, "/api/needs/queue", "status=Accepted"));

        await PageThroughAsync(bureau, "/api/needs/queue", page.Locator(".ant-table-tbody tr.ant-table-row a[href^='/needs/']"));
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
        await PageThroughAsync(university, "/api/matches/mine", page.Locator(".ant-list-item .ant-card"));
        await university.CheckAccessibilityAsync("matches, second page");
    }

    /// <summary>Five a page, then the second page: at most five rows, none of the first page's, the same total.</summary>
    private static async Task PageThroughAsync(Person person, string api, ILocator rows)
    {
        var page = person.Page;
        var total = page.Locator(".ant-pagination-total-text");
        await total.WaitForAsync();
        var shown = await total.InnerTextAsync();
        shown.ShouldMatch(@"^共 \d+ 项$");
        int.Parse(shown[2..^2].Trim(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(5);

        await page.RunAndWaitForResponseAsync(
            () => person.PickAsync(page.Locator(".ant-pagination-options .ant-select"), "5 条/页"),
            r => Asks(r, api, "pageSize=5"));
        var first = await RowsAsync(rows, 5);

        await page.RunAndWaitForResponseAsync(() => page.Locator(".ant-pagination-item-2").ClickAsync(), r => Asks(r, api, "page=2"));
        await page.Locator(".ant-pagination-item-2.ant-pagination-item-active").WaitForAsync();
        var second = await RowsAsync(rows, null, first);

        second.ShouldNotBeEmpty();
        second.Count.ShouldBeLessThanOrEqualTo(5);
        second.Intersect(first).ShouldBeEmpty();
        (await total.InnerTextAsync()).ShouldBe(shown);
    }

    private static bool Asks(IResponse response, string api, string parameter) =>
        response.Url.Contains(api, StringComparison.Ordinal) && response.Url.Contains(parameter, StringComparison.Ordinal);

    /// <summary>The rows' texts, once <paramref name="count"/> rows show (or any rows but <paramref name="not"/>'s, the
    /// page before).</summary>
    private static async Task<List<string>> RowsAsync(ILocator rows, int? count, IReadOnlyList<string>? not = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var texts = (await rows.AllInnerTextsAsync()).ToList();
            if ((count is null || texts.Count == count) && (not is null || (texts.Count > 0 && !texts.SequenceEqual(not))))
            {
                return texts;
            }

            if (attempt == 100)
            {
                throw new TimeoutException($"The list showed {string.Join(" | ", texts)}.");
            }

            await Task.Delay(100);
        }
    }
}
