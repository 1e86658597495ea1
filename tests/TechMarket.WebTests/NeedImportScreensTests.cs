using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>导入需求 on screen: 镇海区's officer opens a round, uploads a sheet with a bad row and reads the errors by row
/// and column (nothing imported), then the corrected sheet, and finds the needs in the round's report and the queue
/// (zh-CN); the panel in English.</summary>
[Collection(WebCollection.Name)]
public sealed class NeedImportScreensTests(WebHost host)
{
    private static readonly string Yongjiang = CreditCode.Complete("91330211MA2H4K7X1");

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A credit code well formed but registered by no organisation.</summary>
    private static readonly string Unregistered = CreditCode.Complete("91330212MA8Y7X6W5");

    private Dictionary<string, object?> Row(string title, decimal budgetMax = 900_000m, string? creditCode = null, string? delivery = null) => new()
    {
        ["需求名称"] = title,
        ["需求描述"] = "港口起重机钢丝绳断丝在线检测漏检率约10%，需降至1%以内并适应雨雾天气。",
        ["公开摘要"] = $"寻求钢丝绳断丝在线检测技术：{title}",
        ["技术领域"] = "0401",
        ["预算下限（元）"] = 300_000m,
        ["预算上限（元）"] = budgetMax,
        ["期望交付日期"] = delivery ?? Today.AddYears(1).ToString("yyyy-MM-dd"),
        ["发布单位统一社会信用代码"] = creditCode ?? Yongjiang,
    };

    private static FilePayload Sheet(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return new FilePayload
        {
            Name = "线下征集需求.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = stream.ToArray(),
        };
    }

    /// <summary>The round just opened, its row expanded: the page is loaded afresh, so no row is expanded before the click.</summary>
    private static async Task OpenRowAsync(Person officer, string round)
    {
        var row = officer.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = round });
        await row.WaitForAsync();
        await officer.GoAsync("/bureau/rounds");
        await row.GetByText(round).ClickAsync();
    }

    [Fact]
    public async Task The_bureau_imports_a_sheet_of_needs_into_its_round_after_correcting_the_row_the_errors_table_names()
    {
        var (round, first, second) = ($"2026年镇海区线下需求汇总 {Guid.NewGuid():N}"[..24], "起重机钢丝绳断丝在线检测", "集装箱锁销自动识别");
        await using var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo");
        await bureau.GoAsync("/bureau/rounds");
        await bureau.Page.GetByLabel("征集名称").FillAsync(round);
        await bureau.Page.GetByLabel("开始日期").FillAsync(Today.ToString("yyyy-MM-dd"));
        await bureau.Page.GetByLabel("截止日期").FillAsync(Today.AddDays(30).ToString("yyyy-MM-dd"));
        await bureau.Button("发起征集").ClickAsync();
        await OpenRowAsync(bureau, round);
        var report = bureau.Page.GetByLabel("征集统计");
        await bureau.Button("导入需求").ClickAsync();
        var panel = bureau.Page.GetByLabel("导入线下征集的需求");
        await panel.GetByRole(AriaRole.Button, new() { Name = "下载导入模板" }).WaitForAsync();

        // Every message of the errors table reads in Chinese: the validator's, an unreadable cell's, the poster rule's.
        await panel.Locator("input[type=file]").SetInputFilesAsync(Sheet(
            Row(first), Row(second, budgetMax: 100_000m), Row("未注册的发布单位", creditCode: Unregistered), Row("交付日期写成了文字", delivery: "明年六月")));
        await panel.GetByText("文件中有 3 处错误，未导入任何需求").WaitForAsync();
        var error = panel.GetByRole(AriaRole.Row).Filter(new() { HasText = "预算上限" });
        await error.GetByRole(AriaRole.Cell, new() { Name = "3", Exact = true }).WaitForAsync();
        await error.GetByText("预算上限低于下限。").WaitForAsync();
        var poster = panel.GetByRole(AriaRole.Row).Filter(new() { HasText = "发布单位统一社会信用代码" });
        await poster.GetByRole(AriaRole.Cell, new() { Name = "4", Exact = true }).WaitForAsync();
        await poster.GetByText("没有使用此统一社会信用代码注册的机构。").WaitForAsync();
        var delivery = panel.GetByRole(AriaRole.Row).Filter(new() { HasText = "期望交付日期" });
        await delivery.GetByRole(AriaRole.Cell, new() { Name = "5", Exact = true }).WaitForAsync();
        await delivery.GetByText("不是日期：请按 2027-06-30 的格式填写。").WaitForAsync();
        (await panel.GetByRole(AriaRole.Table).GetByText(new Regex("[A-Za-z]{4,}")).CountAsync()).ShouldBe(0, "no English word among the errors");
        await bureau.CheckAccessibilityAsync("a refused import with its errors table");

        await panel.Locator("input[type=file]").SetInputFilesAsync(Sheet(Row(first), Row(second)));
        await panel.GetByText("已导入 2 条需求，已计入本批次。").WaitForAsync();
        await report.GetByText("企业 2").WaitForAsync();
        await bureau.ScreenshotAsync("web-bureau-need-import");

        await bureau.GoAsync("/bureau");
        await bureau.ExpectTextAsync(first);
        await bureau.ExpectTextAsync(second);
    }

    [Fact]
    public async Task The_import_panel_speaks_English()
    {
        await using var city = await Person.SignInAsync(host, "bureau@techmarket.demo", "en");
        await city.GoAsync("/bureau/rounds");
        var round = $"City offline needs {Guid.NewGuid():N}"[..30];
        await city.Page.GetByLabel("Name", new() { Exact = true }).FillAsync(round);
        await city.Page.GetByLabel("Opens", new() { Exact = true }).FillAsync(Today.ToString("yyyy-MM-dd"));
        await city.Page.GetByLabel("Closes", new() { Exact = true }).FillAsync(Today.AddDays(30).ToString("yyyy-MM-dd"));
        await city.Button("Open a round").ClickAsync();
        await OpenRowAsync(city, round);
        await city.Button("Import needs").ClickAsync();
        var panel = city.Page.GetByLabel("Import needs collected offline");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Download the template" }).WaitForAsync();
        await panel.Locator("input[type=file]").SetInputFilesAsync(
            new FilePayload { Name = "needs.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = "%PDF-1.7"u8.ToArray() });
        await panel.GetByText("Upload an Excel workbook (.xlsx) or a CSV file in UTF-8.").WaitForAsync();
        await city.CheckAccessibilityAsync("the import panel (en)");
    }
}
