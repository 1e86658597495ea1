using FluentValidation.Results;
using MiniExcelLibs;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs.Import;

public enum SheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>One row of needs as read from the sheet: its row number (the header is row 1), the poster's credit code,
/// the need, and the cells that could not be read as what their column holds (a date, an amount).</summary>
public sealed record SheetNeed(int Row, string CreditCode, NeedContent Content, IReadOnlyList<RowError> Unreadable);

/// <summary>
/// The spreadsheet of needs a bureau collected offline: the first sheet, the headers in its first row (Chinese, in any
/// order), one need per row below. Blank rows are skipped but keep their number, so an error names the row the
/// officer sees in Excel. Reading only turns cells into a <see cref="NeedContent"/>; whether the need is acceptable is
/// the same validator's and decisions' call as on the web.
/// </summary>
public static class NeedSheet
{
    /// <summary>More rows than a round's collection needs in one go; a bigger sheet is split.</summary>
    public const int MaxRows = 500;

    public static readonly SheetColumn Title = new("需求名称", nameof(NeedContent.Title), true, "必填，4–100 字");
    public static readonly SheetColumn Description = new("需求描述", nameof(NeedContent.Description), true, "必填，10–5000 字");
    public static readonly SheetColumn Summary = new("公开摘要", nameof(NeedContent.PublicSummary), true, "必填，10–1000 字，公开展示");
    public static readonly SheetColumn Field = new("技术领域", nameof(NeedContent.Field), true, "必填，技术领域代码，见「技术领域」工作表，如 0401");
    public static readonly SheetColumn BudgetMin = new("预算下限", nameof(NeedContent.BudgetMin), true, "必填，单位：元，最多两位小数", "元");
    public static readonly SheetColumn BudgetMax = new("预算上限", nameof(NeedContent.BudgetMax), true, "必填，单位：元，不低于预算下限", "元");
    public static readonly SheetColumn Delivery = new("期望交付日期", nameof(NeedContent.DesiredDelivery), true, "必填，晚于今天，如 2027-06-30");
    public static readonly SheetColumn Confidential = new("保密内容", nameof(NeedContent.ConfidentialDetails), false, "选填，仅发布单位和科技局可见");
    public static readonly SheetColumn Indicators = new("技术指标", nameof(NeedContent.Indicators), false, "选填");
    public static readonly SheetColumn CreditCode = new("发布单位统一社会信用代码", "creditCode", true, "必填，18 位，发布单位须已注册并通过审核");

    /// <summary>The columns of free text that may span lines (<see cref="NeedContent"/>'s [LongText] parts).</summary>
    private static readonly HashSet<SheetColumn> LongTexts = [Description, Summary, Confidential, Indicators];

    /// <summary>The columns in the template's order.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
        [Title, Description, Summary, Field, BudgetMin, BudgetMax, Delivery, Confidential, Indicators, CreditCode];

    /// <summary>The rows of needs, or why the file is not a sheet of needs at all (no headers, no rows, too many).</summary>
    public static (IReadOnlyList<SheetNeed> Rows, string? Problem) Read(Stream file, SheetFormat format)
    {
        List<IDictionary<string, object>> cells;
        try
        {
            var excelType = format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
            // Keyed by column letter: the first row is read as data, so its headers can be matched however they are spelt.
            cells = [.. MiniExcel.Query(file, useHeaderRow: false, excelType: excelType).Cast<IDictionary<string, object>>().Take(MaxLines + 1)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ([], $"The file could not be read as a {(format == SheetFormat.Csv ? "CSV file in UTF-8" : "workbook")}.");
        }

        if (cells.Count == 0)
        {
            return ([], Headerless);
        }

        if (cells.Count > MaxLines)
        {
            return ([], TooMany);
        }

        var keys = Columns.ToDictionary(c => c, c => (string?)cells[0].FirstOrDefault(cell => c.IsNamedBy(Cells.Text(cell.Value))).Key);
        var missing = Columns.Where(c => c.Required && keys[c] is null).Select(c => c.Header).ToList();
        if (missing.Count == Columns.Count(c => c.Required))
        {
            return ([], Headerless);
        }

        if (missing.Count > 0)
        {
            return ([], $"The sheet has no column {string.Join(", ", missing)}; its first row holds the headers of the template.");
        }

        var rows = new List<SheetNeed>();
        for (var i = 1; i < cells.Count; i++)
        {
            object? Cell(SheetColumn column) => keys[column] is { } key && cells[i].TryGetValue(key, out var value) ? value : null;
            if (Columns.All(c => string.IsNullOrWhiteSpace(Cells.Text(Cell(c)))))
            {
                continue;
            }

            rows.Add(Row(i + 1, Cell));
            if (rows.Count > MaxRows)
            {
                return ([], TooMany);
            }
        }

        return rows.Count == 0 ? ([], "The sheet has headers but no needs below them.") : (rows, null);
    }

    /// <summary>How many lines are read at most, blank ones included: a sheet formatted far down is not read to its end.</summary>
    private const int MaxLines = MaxRows * 4;

    private static readonly string TooMany = $"The sheet holds more than {MaxRows} needs; split it into several files.";

    private const string Headerless =
        "The sheet has none of the headers of the template (需求名称, 需求描述, …) in its first row; download the template and fill it in.";

    private static SheetNeed Row(int row, Func<SheetColumn, object?> cell)
    {
        var unreadable = new List<RowError>();
        T Read<T>(SheetColumn column, Func<object?, T?> parse, T fallback, string expected) where T : struct
        {
            if (parse(cell(column)) is { } value)
            {
                return value;
            }

            unreadable.Add(new RowError(row, column.Header, expected));
            return fallback;
        }

        // The text rules of a need's JSON body: no control characters, and line breaks only in long text.
        string Text(SheetColumn column)
        {
            var text = Cells.Text(cell(column));
            if (TextRules.Problem(text, LongTexts.Contains(column)) is not null)
            {
                unreadable.Add(new RowError(row, column.Header, LongTexts.Contains(column) ? RowMessages.ControlCharacterInLongText : RowMessages.ControlCharacterInLine));
            }

            return text;
        }

        var content = new NeedContent(
            Text(Title),
            Text(Description),
            Cells.FieldCode(cell(Field)),
            Read(BudgetMin, Cells.Amount, 0m, RowMessages.NotAnAmountMin),
            Read(BudgetMax, Cells.Amount, 0m, RowMessages.NotAnAmountMax),
            Read(Delivery, Cells.Date, DateOnly.MinValue, RowMessages.NotADate),
            Text(Summary),
            Text(Confidential),
            Text(Indicators));
        var code = Organisations.CreditCode.Normalise(Cells.Text(cell(CreditCode)))!;
        if (code.Length == 0)
        {
            unreadable.Add(new RowError(row, CreditCode.Header, RowMessages.CreditCodeRequired));
        }
        else if (!Organisations.CreditCode.IsValid(code))
        {
            unreadable.Add(new RowError(row, CreditCode.Header, RowMessages.CreditCodeInvalid));
        }

        return new SheetNeed(row, code, content, unreadable);
    }

    /// <summary>A validator's complaint about a row's need, at the column that holds the property (the API names properties in camelCase).</summary>
    public static RowError ErrorAt(int row, ValidationFailure failure) =>
        new(row, Columns.FirstOrDefault(c => string.Equals(c.Property, failure.PropertyName, StringComparison.OrdinalIgnoreCase))?.Header ?? failure.PropertyName, RowMessages.Of(failure));

    /// <summary>The column's place in the template, to list a row's errors left to right.</summary>
    public static int Order(string header) => Columns.Select(c => c.Header).ToList().IndexOf(header) is var at and >= 0 ? at : Columns.Count;
}
