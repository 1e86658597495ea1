using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace TechMarket.Server.Modules.Statistics;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>A table as an Excel workbook (one sheet) or as CSV in UTF-8 with a byte-order mark, so that Excel opens the Chinese.</summary>
public static class TableFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static async Task<byte[]> WriteAsync(Table table, ExportFormat format, CancellationToken ct)
    {
        var rows = table.Rows.Select(r => table.Headers.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        if (format == ExportFormat.Csv && rows.Count == 0)
        {
            return [.. bom.GetPreamble(), .. bom.GetBytes(string.Join(',', table.Headers) + "\r\n")];
        }

        using var stream = new MemoryStream();
        if (format == ExportFormat.Csv)
        {
            await stream.SaveAsAsync(rows, excelType: ExcelType.CSV, configuration: new CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, bom) }, cancellationToken: ct);
        }
        else
        {
            // An empty table still gets its header row: MiniExcel writes the headers of the first row's keys.
            object sheet = rows.Count > 0 ? rows : new[] { table.Headers.ToDictionary(h => h, _ => (object?)null) };
            await stream.SaveAsAsync(new Dictionary<string, object> { [SheetName(table.Name)] = sheet }, excelType: ExcelType.XLSX, cancellationToken: ct);
        }

        return stream.ToArray();
    }

    public static string FileName(Table table, ExportFormat format) => $"{table.Name}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvType : XlsxType;

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet name.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? '-' : c)]);
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
