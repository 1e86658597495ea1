using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>
/// The bureau's statistics in the browser, on the demo's three years of Ningbo ledger: the city's officer opens its count of
/// published lists into the lists, reads 镇海区
/// against its revised target, opens a report figure into the registrations it sums, ranks the districts and reads the
/// warnings and the funnel, in Chinese, and opens 镇海区's needs collected into the needs it counts; 镇海区's officer
/// reads its own figures in English, opens its rounds and its GDP share's inputs down to their ledger, is refused 海曙区's and
/// exports the breakdown to Excel. axe-core on every tab; the charts draw in SVG and a bar opens its ledger.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StatisticsScreensTests(WebHost host)
{
    [Fact]
    public async Task The_city_reads_a_district_against_its_target_opens_a_figure_into_its_ledger_and_ranks_the_districts()
    {
        await using var city = await Person.SignInAsync(host, "bureau@techmarket.demo");
        await city.GoAsync("/bureau/statistics");
        await city.Page.GetByRole(AriaRole.Heading, new() { Name = "技术交易统计" }).WaitForAsync();

        // The city's own report counts its rounds and lists (the demo's city round and list 2026-01, 镇海区's round);
        // the lists figure opens the lists it counts, with their numbers and dates.
        var lists = city.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "需求榜单" });
        await lists.GetByText(new Regex(@"^组织需求征集\d+轮，发布“揭榜挂帅”需求榜单\d+批、列入榜单项目\d+个。$")).WaitForAsync();
        await lists.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^查看“\d+批”的明细$") }).ClickAsync();
        var listsDrawer = city.Page.GetByRole(AriaRole.Dialog);
        await listsDrawer.GetByText(new Regex(@"^发布的榜单 · \d{4}年")).WaitForAsync();
        var cityList = listsDrawer.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026年宁波市“揭榜挂帅”榜单（第一批）" });
        await cityList.GetByRole(AriaRole.Cell, new() { Name = "2026-01", Exact = true }).WaitForAsync();
        await cityList.GetByRole(AriaRole.Cell, new() { Name = "市科技局" }).WaitForAsync();
        await cityList.GetByRole(AriaRole.Cell, new() { Name = "2", Exact = true }).WaitForAsync();
        await city.CheckAccessibilityAsync("statistics lists drill-down (zh-CN)");
        await city.Page.Keyboard.PressAsync("Escape");
        await listsDrawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await city.PickAsync(city.Page.GetByLabel("地区"), "镇海区");

        // 镇海区's target was revised in July: the overview says so, with its completion and light.
        await city.ExpectTextAsync("年度指标（调整后）");
        await city.ExpectTextAsync("（已调整）");
        await city.Page.GetByText(new Regex("^[红黄绿]灯$")).First.WaitForAsync();
        var headline = city.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "技术交易额" }).First;
        await headline.WaitForAsync();
        await city.CheckAccessibilityAsync("statistics overview (zh-CN)");
        await city.ScreenshotAsync("web-bureau-statistics");

        // The headline's amount opens the registrations it sums, all sold from 镇海区.
        await headline.GetByRole(AriaRole.Button).First.ClickAsync();
        var drawer = city.Page.GetByRole(AriaRole.Dialog);
        await drawer.GetByText(new Regex("^技术交易额明细")).WaitForAsync();
        await drawer.GetByText(new Regex(@"^共 \d+ 条，合计 ")).WaitForAsync();
        var rows = drawer.Locator("tbody tr.ant-table-row");
        await rows.First.WaitForAsync();
        (await rows.CountAsync()).ShouldBeGreaterThan(0);
        (await rows.Filter(new() { HasText = "认定登记" }).CountAsync()).ShouldBe(await rows.CountAsync());
        (await rows.Filter(new() { HasText = "镇海区" }).CountAsync()).ShouldBe(await rows.CountAsync());
        await city.CheckAccessibilityAsync("statistics ledger (zh-CN)");
        await city.Page.Keyboard.PressAsync("Escape");
        await drawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // The needs 镇海区 collected (「征集报送技术需求N个，其中N%来自企业」) open as exactly that many needs, each with its
        // poster's kind, and as many from enterprises as the sum line says.
        var needs = city.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "征集报送技术需求" });
        await needs.GetByText(new Regex(@"^征集报送技术需求\d+个，其中\d+%来自企业。$")).WaitForAsync();
        // The text as written (the figures' buttons are inline blocks, which innerText would set on lines of their own).
        var sentence = await needs.TextContentAsync() ?? string.Empty;
        var collected = int.Parse(Regex.Match(sentence, @"征集报送技术需求(\d+)个").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await needs.GetByRole(AriaRole.Button, new() { Name = $"查看“{collected}个”的明细" }).ClickAsync();
        await drawer.GetByText(new Regex(@"^征集报送的技术需求 · \d{4}年")).WaitForAsync();
        var sum = drawer.GetByText(new Regex($@"^共 {collected} 个，其中 \d+ 个来自企业$"));
        await sum.WaitForAsync();
        var fromEnterprises = Regex.Match(await sum.InnerTextAsync(), @"其中 (\d+) 个").Groups[1].Value;
        var needRows = drawer.Locator("tbody tr.ant-table-row");
        await needRows.First.WaitForAsync();
        (await needRows.CountAsync()).ShouldBe(Math.Min(collected, 50));
        if (collected <= 50)
        {
            (await needRows.Filter(new() { Has = city.Page.GetByRole(AriaRole.Cell, new() { Name = "企业", Exact = true }) }).CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)
                .ShouldBe(fromEnterprises);
        }

        await city.CheckAccessibilityAsync("statistics needs drill-down (zh-CN)");
        await city.Page.Keyboard.PressAsync("Escape");
        await drawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await city.Page.GetByRole(AriaRole.Tab, new() { Name = "分布" }).ClickAsync();
        await city.Page.GetByRole(AriaRole.Heading, new() { Name = "按合同类型" }).WaitForAsync();
        await city.ExpectTextAsync("技术开发");
        // Each cut is drawn by ECharts (SVG) beside its table; the month trend sets this year against last.
        var districtChart = city.Page.GetByRole(AriaRole.Img, new() { Name = "按地区图表" });
        await districtChart.Locator("svg").WaitForAsync();
        await city.Page.GetByRole(AriaRole.Img, new() { Name = "按合同类型图表" }).Locator("svg").WaitForAsync();
        await city.Page.GetByRole(AriaRole.Img, new() { Name = "逐月对比折线图" }).Locator("svg").WaitForAsync();
        await city.CheckAccessibilityAsync("statistics breakdown (zh-CN)");

        // Clicking 镇海区's bar opens the registrations it sums, as the table's button does.
        await ClickLargestAsync(districtChart.Locator("path[fill='#1677ff']"));
        await drawer.GetByText(new Regex("^技术交易额明细")).WaitForAsync();
        var barRows = drawer.Locator("tbody tr.ant-table-row");
        await barRows.First.WaitForAsync();
        (await barRows.Filter(new() { HasText = "镇海区" }).CountAsync()).ShouldBe(await barRows.CountAsync());
        await city.Page.Keyboard.PressAsync("Escape");
        await drawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // 晾晒: all eleven Ningbo districts, each with its light; 镇海区's target marked as revised.
        await city.Page.GetByRole(AriaRole.Tab, new() { Name = "排名晾晒" }).ClickAsync();
        var standings = city.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "亿元" });
        await standings.First.WaitForAsync();
        (await standings.CountAsync()).ShouldBe(11);
        await standings.Filter(new() { HasText = "镇海区" }).GetByText("已调整").WaitForAsync();
        await city.ExpectTextAsync("时间进度");
        await city.CheckAccessibilityAsync("statistics rankings (zh-CN)");

        await city.Page.GetByRole(AriaRole.Tab, new() { Name = "预警" }).ClickAsync();
        await city.Page.GetByText("暂无预警。").Or(city.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "灯" })).First.WaitForAsync();
        await city.CheckAccessibilityAsync("statistics warnings (zh-CN)");

        await city.Page.GetByRole(AriaRole.Tab, new() { Name = "转化漏斗" }).ClickAsync();
        await city.Page.GetByRole(AriaRole.Cell, new() { Name = "首笔到账" }).WaitForAsync();
        await city.Page.GetByRole(AriaRole.Img, new() { Name = "转化漏斗图" }).Locator("svg").WaitForAsync();
        await city.CheckAccessibilityAsync("statistics funnel (zh-CN)");

        // Cut by the city's first round: its needs collected in 镇海区, the share from enterprises, each step to payment.
        await city.PickAsync(city.Page.GetByLabel("征集轮次"), "征集（第一批）");
        await city.Page.GetByText(new Regex(@"累计征集需求\d+个，其中\d+%来自企业")).WaitForAsync();
        await city.Page.GetByRole(AriaRole.Cell, new() { Name = "列入榜单" }).WaitForAsync();
        await city.Page.GetByRole(AriaRole.Cell, new() { Name = "到账", Exact = true }).WaitForAsync();
        await city.CheckAccessibilityAsync("statistics round funnel (zh-CN)");
    }

    /// <summary>Clicks the biggest of the chart's shapes (a bar, not its legend's swatch) where a person would: ECharts
    /// finds the shape under the pointer itself. Forced: hovering re-paints the shape, which Playwright reads as moving.</summary>
    private static async Task ClickLargestAsync(ILocator shapes)
    {
        await shapes.First.WaitForAsync();
        var (largest, area) = (shapes.First, 0f);
        for (var i = 0; i < await shapes.CountAsync(); i++)
        {
            if (await shapes.Nth(i).BoundingBoxAsync() is { } box && box.Width * box.Height > area)
            {
                (largest, area) = (shapes.Nth(i), box.Width * box.Height);
            }
        }

        await largest.ClickAsync(new() { Force = true });
    }

    [Fact]
    public async Task A_district_officer_reads_its_own_figures_in_English_is_refused_another_district_and_exports_to_Excel()
    {
        await using var zhenhai = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo", "en");
        await zhenhai.GoAsync("/bureau/statistics");
        await zhenhai.Page.GetByRole(AriaRole.Heading, new() { Name = "Technology transaction statistics" }).WaitForAsync();
        await zhenhai.ExpectTextAsync("Annual target (as revised)");
        await zhenhai.Page.GetByText(new Regex("^(Red|Amber|Green) light$")).First.WaitForAsync();
        await zhenhai.CheckAccessibilityAsync("statistics overview (en)");

        // The report (in the bureau's Chinese) counts 镇海区's own rounds — the demo's second round among them — and
        // the figure opens them, the screen around it in English.
        var rounds = zhenhai.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "组织需求征集" });
        await rounds.GetByText(new Regex(@"^组织需求征集\d+轮")).WaitForAsync();
        await rounds.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Open the lines behind ""\d+轮""$") }).ClickAsync();
        var roundsDrawer = zhenhai.Page.GetByRole(AriaRole.Dialog);
        await roundsDrawer.GetByText(new Regex(@"^Collection rounds · \d{4}年")).WaitForAsync();
        var demoRound = roundsDrawer.GetByRole(AriaRole.Row).Filter(new() { HasText = "2026年镇海区“揭榜挂帅”需求征集（第二批）" });
        await demoRound.GetByRole(AriaRole.Cell, new() { Name = "District", Exact = true }).WaitForAsync();
        (await roundsDrawer.GetByRole(AriaRole.Row).Filter(new() { HasText = "City bureau" }).CountAsync()).ShouldBe(0);
        await zhenhai.CheckAccessibilityAsync("statistics rounds drill-down (en)");
        await zhenhai.Page.Keyboard.PressAsync("Escape");
        await roundsDrawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // 占GDP比重 is no list's sum: it opens its inputs (the reference figures 镇海区's bureau entered, this period's and
        // last year's amounts), and the period's amount opens the ledger that sums to it, in a drawer over the inputs.
        var share = zhenhai.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "地区生产总值" });
        await share.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Open the lines behind ""[\d.]+%""$") }).ClickAsync();
        var inputs = zhenhai.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Inputs of the derived figures" });
        await inputs.GetByText(new Regex(@"^Reference figures the bureau entered for \d{4}$")).WaitForAsync();
        await inputs.GetByText("Share of GDP").WaitForAsync();
        await zhenhai.CheckAccessibilityAsync("statistics derived figure inputs (en)");
        var amount = inputs.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Open the lines behind ""Technology transaction value \(") });
        var amountText = (await amount.TextContentAsync() ?? string.Empty).Trim();
        await amount.ClickAsync();
        var ledger = zhenhai.Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "lines, total" });
        await ledger.GetByText(new Regex($@"^\d+ lines, total {Regex.Escape(amountText)}$")).WaitForAsync();
        await zhenhai.Page.Keyboard.PressAsync("Escape");
        await ledger.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        if (await inputs.IsVisibleAsync())
        {
            await zhenhai.Page.Keyboard.PressAsync("Escape");
        }

        await inputs.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await zhenhai.Page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var download = await zhenhai.Page.RunAndWaitForDownloadAsync(
            () => zhenhai.Page.GetByRole(AriaRole.Menuitem, new() { Name = "Breakdown (Excel)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var file = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        bytes.Length.ShouldBeGreaterThan(0);
        bytes[..2].ShouldBe("PK"u8.ToArray()); // an .xlsx is a zip package

        // Another district's figures are not its to read. (A fresh page: the select's animations run as in use, not
        // as the accessibility check leaves them.)
        await zhenhai.GoAsync("/bureau/statistics");
        await zhenhai.PickAsync(zhenhai.Page.GetByLabel("Region"), "Haishu");
        await zhenhai.ExpectTextAsync("This is outside your jurisdiction.");
        await zhenhai.CheckAccessibilityAsync("statistics refused (en)");
    }
}
