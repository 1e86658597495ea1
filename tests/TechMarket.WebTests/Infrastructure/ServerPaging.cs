using Microsoft.Playwright;

namespace TechMarket.WebTests.Infrastructure;

/// <summary>A list the server pages, paged as a person pages it on a zh-CN screen: five a page, then the second page.</summary>
public static class ServerPaging
{
    /// <summary>
    /// Picks five a page, then the second page, and answers the texts of <paramref name="rows"/> on the first. Asserts what the
    /// person sees: more than five in all (so there is a second page), the first page full, the second holding at most
    /// five and none of the first's, and the same total on both.
    /// </summary>
    public static async Task<List<string>> PageThroughAsync(Person person, string api, ILocator rows)
    {
        var page = person.Page;
        var total = page.Locator(".ant-pagination-total-text");
        await total.WaitForAsync();
        var shown = await total.InnerTextAsync();
        shown.ShouldMatch(@"^共 \d+ 项$");
        int.Parse(shown[2..^2].Trim(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(5);

        await page.RunAndWaitForResponseAsync(
            () => person.PickAsync(page.Locator(".ant-pagination-options .ant-select"), "5 条/页"), r => Asks(r, api, "pageSize=5"));
        var first = await RowsAsync(rows, 5);

        await page.RunAndWaitForResponseAsync(() => page.Locator(".ant-pagination-item-2").ClickAsync(), r => Asks(r, api, "page=2"));
        await page.Locator(".ant-pagination-item-2.ant-pagination-item-active").WaitForAsync();
        var second = await RowsAsync(rows, null, first);

        second.ShouldNotBeEmpty();
        second.Count.ShouldBeLessThanOrEqualTo(5);
        second.Intersect(first).ShouldBeEmpty();
        (await total.InnerTextAsync()).ShouldBe(shown);
        return first;
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
