using System.Text;
using MiniExcelLibs;
using TechMarket.Server.Modules.Needs.Import;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.UnitTests.Needs;

/// <summary>Reading the sheet of needs: headers in any order, cells however Excel stored them, rows numbered as Excel
/// shows them, and a sheet that is no sheet of needs named as such.</summary>
public class NeedSheetTests
{
    private static readonly string Code = CreditCode.Complete("91330211MA2H4K7X1");

    private static Dictionary<string, object?> Need(string title = "高镍正极材料循环寿命提升", object? field = null, object? budgetMax = null, object? delivery = null) => new()
    {
        ["发布单位统一社会信用代码"] = $" {Code.ToLowerInvariant()} ",
        ["需求名称"] = title,
        ["需求描述"] = "高镍正极材料在45℃循环1000次后容量保持率仅78%。",
        ["公开摘要"] = "寻求高镍正极材料改性技术",
        ["技术领域"] = field ?? "0401",
        ["预算下限（元）"] = 500000m,
        ["预算上限（元）"] = budgetMax ?? 1200000.5m,
        ["期望交付日期"] = delivery ?? "2028-06-30",
    };

    private static MemoryStream Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_row_is_read_into_a_need_whatever_the_order_of_the_columns_and_however_Excel_stored_its_cells()
    {
        var (rows, problem) = NeedSheet.Read(Xlsx([Need(field: 401d, delivery: new DateTime(2028, 6, 30))]), SheetFormat.Xlsx);

        problem.ShouldBeNull();
        var row = rows.ShouldHaveSingleItem();
        row.Row.ShouldBe(2);
        row.CreditCode.ShouldBe(Code);
        row.Content.Field.ShouldBe("0401");
        (row.Content.BudgetMin, row.Content.BudgetMax, row.Content.DesiredDelivery).ShouldBe((500000m, 1200000.5m, new DateOnly(2028, 6, 30)));
        row.Content.ConfidentialDetails.ShouldBe(string.Empty);
        row.Unreadable.ShouldBeEmpty();
    }

    [Fact]
    public void Blank_rows_are_skipped_but_keep_their_number_and_unreadable_cells_are_named_by_row_and_header()
    {
        var blank = Need().ToDictionary(c => c.Key, _ => (object?)null);

        var (rows, _) = NeedSheet.Read(Xlsx([Need(), blank, Need(budgetMax: "一百万", delivery: "明年"), Need(title: "正极材料\t循环寿命")]), SheetFormat.Xlsx);

        rows.Select(r => r.Row).ShouldBe([2, 4, 5]);
        rows[1].Unreadable.Select(e => (e.Row, e.Column)).ShouldBe([(4, "预算上限"), (4, "期望交付日期")]);
        // A title is one line, as on the web.
        rows[2].Unreadable.ShouldHaveSingleItem().ShouldSatisfyAllConditions(e => e.Column.ShouldBe("需求名称"), e => e.Message.ShouldContain("control character"));
    }

    [Fact]
    public void A_CSV_in_UTF_8_reads_like_a_workbook()
    {
        var csv = "需求名称,需求描述,公开摘要,技术领域,预算下限,预算上限,期望交付日期,发布单位统一社会信用代码\r\n"
            + "高镍正极材料循环寿命提升,高镍正极材料在45℃循环1000次后容量保持率仅78%。,寻求高镍正极材料改性技术,0401,\"500,000\",1200000.50,2028/6/30," + Code + "\r\n";

        var (rows, problem) = NeedSheet.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv);

        problem.ShouldBeNull();
        var row = rows.ShouldHaveSingleItem();
        (row.Content.BudgetMin, row.Content.DesiredDelivery, row.Content.Field).ShouldBe((500000m, new DateOnly(2028, 6, 30), "0401"));
    }

    [Fact]
    public void A_sheet_without_the_headers_with_a_column_missing_or_without_rows_is_no_sheet_of_needs()
    {
        NeedSheet.Read(Xlsx([new() { ["名称"] = "x", ["金额"] = 1 }]), SheetFormat.Xlsx).Problem.ShouldNotBeNull().ShouldContain("none of the headers");
        var withoutCode = Need();
        withoutCode.Remove("发布单位统一社会信用代码");
        NeedSheet.Read(Xlsx([withoutCode]), SheetFormat.Xlsx).Problem.ShouldNotBeNull().ShouldContain("发布单位统一社会信用代码");
        NeedSheet.Read(Xlsx([Need().ToDictionary(c => c.Key, _ => (object?)null)]), SheetFormat.Xlsx).Problem.ShouldNotBeNull().ShouldContain("no needs");
    }
}
