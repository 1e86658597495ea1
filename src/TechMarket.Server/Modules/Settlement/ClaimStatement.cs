using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>
/// 技术经纪人奖励申领表: the ledger lines of a period with Chinese headers — as an Excel workbook (明细 and a 汇总 sheet of
/// one total per broker) or as CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly. Text
/// that a spreadsheet would run as a formula (=, +, -, @) is quoted with an apostrophe.
/// </summary>
public static class ClaimStatement
{
    public static readonly string[] Headers = ["技术经纪人", "类型", "日期", "合同名称", "登记编号", "卖方所在区", "技术交易额(元)", "奖励比例(%)", "奖励金额(元)"];

    public static IReadOnlyList<Dictionary<string, object>> Rows(IEnumerable<BrokerLedgerEntry> entries) =>
    [
        .. entries.Select(e => new Dictionary<string, object>
        {
            [Headers[0]] = Text(e.BrokerName),
            [Headers[1]] = e.Kind == LedgerEntryKind.Accrual ? "计提" : "冲回",
            [Headers[2]] = e.On.ToString("yyyy-MM-dd"),
            [Headers[3]] = Text(e.ContractTitle),
            [Headers[4]] = Text(e.RegistrationNumber),
            [Headers[5]] = e.SellerDistrict,
            [Headers[6]] = e.TechnologyAmount,
            [Headers[7]] = e.RatePercent,
            [Headers[8]] = e.Reward,
        }),
    ];

    public static async Task<byte[]> XlsxAsync(IReadOnlyList<BrokerLedgerEntry> entries, CancellationToken ct)
    {
        var totals = entries.GroupBy(e => (e.BrokerId, e.BrokerName)).Select(g => new Dictionary<string, object>
        {
            ["技术经纪人"] = Text(g.Key.BrokerName), ["笔数"] = g.Count(), ["奖励合计(元)"] = g.Sum(e => e.Reward),
        }).ToList();
        var sheets = new Dictionary<string, object> { ["明细"] = Rows(entries), ["汇总"] = totals };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }

    public static async Task<byte[]> CsvAsync(IReadOnlyList<BrokerLedgerEntry> entries, CancellationToken ct)
    {
        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        if (entries.Count == 0)
        {
            return [.. bom.GetPreamble(), .. bom.GetBytes(string.Join(',', Headers) + "\r\n")];
        }

        using var stream = new MemoryStream();
        var csv = new CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, bom) };
        await stream.SaveAsAsync(Rows(entries), excelType: ExcelType.CSV, configuration: csv, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>Text a spreadsheet shows as text, never runs as a formula.</summary>
    public static string Text(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
}
