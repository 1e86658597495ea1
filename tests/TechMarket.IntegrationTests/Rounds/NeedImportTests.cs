using System.Net;
using System.Text;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Needs.Import;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Statistics;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Rounds.NeedImportRequests;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>需求导入: a bureau officer imports a sheet of needs collected offline into its open round — all rows or none
/// (docs/ROUNDS.md) — and the round's report counts them like needs submitted on the web.</summary>
public sealed class NeedImportTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_good_sheet_puts_each_row_into_the_round_as_a_submitted_need_of_its_poster_and_the_report_counts_them()
    {
        var (bureau, enterprise) = (await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.Enterprise));
        var round = await OpenAsync(Host, bureau);
        var marker = Marker();
        var sheet = Workbook([Row(Yongjiang, $"正极材料 {marker}"), Row(Hospital, $"手术机器人 {marker}"), Row(Donghai, $"膜材料 {marker}")]);

        var receipt = await (await bureau.PostAsync($"/api/rounds/{round}/needs/import", Upload(sheet))).ShouldBeOkAsync<NeedImportReceipt>();

        (receipt.RoundId, receipt.Imported, receipt.NeedIds.Count).ShouldBe((round, 3, 3));
        var report = await bureau.GetJsonAsync<RoundReport>($"/api/rounds/{round}/report");
        report.Collected.ShouldBe(3);
        report.ByKind.ShouldBe([new(OrganisationKind.Enterprise, 1), new(OrganisationKind.Institute, 1), new(OrganisationKind.Hospital, 1)]);
        var funnel = await bureau.GetJsonAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}?region=330211");
        (funnel.Collected, funnel.FromEnterprises).ShouldBe((3, 1));
        // The poster finds its need as submitted into the round, its confidential details its own.
        var own = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{receipt.NeedIds[0]}");
        (own.Title, own.Status, own.RoundId, own.PosterKind).ShouldBe(($"正极材料 {marker}", NeedStatus.Submitted, round, OrganisationKind.Enterprise));
        own.ConfidentialDetails.ShouldBe("现有产线产能3000吨/年，回转窑型号保密。");
        // The events say the officer imported it.
        var officer = Guid.Parse(await ExpertIdAsync(bureau));
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = (await session.Events.FetchStreamAsync(receipt.NeedIds[0])).Select(e => e.Data).ToList();
        events.OfType<NeedDrafted>().Single().ShouldSatisfyAllConditions(d => d.Imported.ShouldBeTrue(), d => d.By.ShouldBe(officer));
        events.OfType<NeedSubmitted>().Single().ShouldSatisfyAllConditions(s => s.Imported.ShouldBeTrue(), s => s.By.ShouldBe(officer), s => s.RoundId.ShouldBe(round));
    }

    [Fact]
    public async Task A_CSV_in_UTF_8_is_imported_too()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var round = await OpenAsync(Host, bureau);
        var row = Row(Yongjiang, $"正极材料 {Marker()}");
        var csv = string.Join(',', row.Keys) + "\r\n" + string.Join(',', row.Values.Select(v => $"\"{v}\"")) + "\r\n";

        var receipt = await (await bureau.PostAsync($"/api/rounds/{round}/needs/import", Upload(Encoding.UTF8.GetBytes(csv), "需求汇总.csv", "text/csv")))
            .ShouldBeOkAsync<NeedImportReceipt>();

        receipt.Imported.ShouldBe(1);
        (await bureau.GetJsonAsync<RoundReport>($"/api/rounds/{round}/report")).Collected.ShouldBe(1);
    }

    [Fact]
    public async Task One_bad_row_refuses_the_sheet_naming_each_bad_row_and_column_and_nothing_is_written()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var round = await OpenAsync(Host, bureau);
        var marker = Marker();
        var sheet = Workbook(
        [
            Row(Yongjiang, $"正极材料 {marker}"),
            Row(Yongjiang, $"预算倒挂 {marker}", budgetMax: 100_000m),
            Row(Haishu, $"外区企业 {marker}"),
            Row(Yongcheng, $"高校 {marker}"),
            Row("91330211MA2H4K7X1I", $"未注册 {marker}"),
        ]);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var problem = await (await bureau.PostAsync($"/api/rounds/{round}/needs/import", Upload(sheet))).ShouldBeRowsProblemAsync();

        problem.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
            [(3, "预算上限"), (4, "发布单位统一社会信用代码"), (5, "发布单位统一社会信用代码"), (6, "发布单位统一社会信用代码")]);
        problem.Errors[0].Message.ShouldContain("upper bound is below its lower bound");
        problem.Errors[1].Message.ShouldContain("another district");
        problem.Errors[2].Message.ShouldContain("only enterprises, institutes and hospitals");
        problem.Errors[3].Message.ShouldContain("统一社会信用代码");
        (await watch.WritesAsync()).ShouldBeEmpty();
        (await bureau.GetJsonAsync<RoundReport>($"/api/rounds/{round}/report")).Collected.ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_file_type_an_empty_file_an_oversized_file_or_a_sheet_without_the_headers_is_a_clear_problem_and_writes_nothing()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var round = await OpenAsync(Host, bureau);
        var url = $"/api/rounds/{round}/needs/import";
        using var headerless = new MemoryStream();
        headerless.SaveAs(new[] { new Dictionary<string, object?> { ["名称"] = "正极材料", ["金额"] = 500000 } }, excelType: ExcelType.XLSX);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await bureau.PostAsync(url, Upload("%PDF-1.7 需求"u8.ToArray(), "需求.pdf", "application/pdf")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await (await bureau.PostAsync(url, Upload("需求名称,需求描述"u8.ToArray(), "需求.xlsx")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        (await (await bureau.PostAsync(url, Upload([], "需求.xlsx"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation"))
            .Errors["file"].ShouldBe(["The file is empty."]);
        (await (await bureau.PostAsync(url, Upload(headerless.ToArray()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation"))
            .Errors["file"].Single().ShouldContain("none of the headers");
        await (await bureau.PostAsync(url, Upload(new byte[SheetUpload.MaxBytes + 1])))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "too-large");
        await (await bureau.PostAsync(url, new { file = "需求" })).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_bureau_that_runs_an_open_round_imports_into_it()
    {
        var (bureau, haishu, city) = (await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.HaishuBureau), await AsAsync(Demo.CityBureau));
        var round = await OpenAsync(Host, bureau);
        var upcoming = await OpenAsync(Host, bureau, opensIn: 3);
        var sheet = Workbook([Row(Yongjiang, $"正极材料 {Marker()}")]);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await haishu.PostAsync($"/api/rounds/{round}/needs/import", Upload(sheet))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");
        await (await city.PostAsync($"/api/rounds/{round}/needs/import", Upload(sheet))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");
        await (await (await AsAsync(Demo.Enterprise)).PostAsync($"/api/rounds/{round}/needs/import", Upload(sheet))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await bureau.PostAsync($"/api/rounds/{Guid.NewGuid()}/needs/import", Upload(sheet))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "round-not-found");
        await (await bureau.PostAsync($"/api/rounds/{upcoming}/needs/import", Upload(sheet))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "round-not-open");
        await (await haishu.GetAsync($"/api/rounds/{round}/needs/import-template")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_template_has_the_Chinese_headers_the_import_reads_and_the_field_codes()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var round = await OpenAsync(Host, bureau);

        var response = await bureau.GetAsync($"/api/rounds/{round}/needs/import-template");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var headers = ((IDictionary<string, object>)MiniExcel.Query(workbook, sheetName: "需求").First()).Values.Select(v => v?.ToString()).ToList();
        headers.ShouldBe(["需求名称", "需求描述", "公开摘要", "技术领域", "预算下限（元）", "预算上限（元）", "期望交付日期", "保密内容", "技术指标", "发布单位统一社会信用代码"]);
        workbook.Position = 0;
        MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "技术领域").Cast<IDictionary<string, object>>()
            .Select(r => r["代码"]?.ToString()).ShouldContain("0401");
    }
}
