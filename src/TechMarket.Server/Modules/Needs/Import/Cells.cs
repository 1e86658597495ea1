using System.Globalization;

namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>
/// What a cell holds, whichever way Excel stored it: text as typed; an amount as a number or as text ("500,000");
/// a date as a date cell, an Excel serial number or text in the usual Chinese spellings; a field code typed as a
/// number (Excel drops the leading zero of 0401). A CSV holds text only.
/// </summary>
public static class Cells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    public static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    public static decimal? Amount(object? cell) => cell switch
    {
        double number when double.IsFinite(number) && Math.Abs(number) < 1e15 => (decimal)number,
        decimal number => number,
        int or long => Convert.ToDecimal(cell, CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text.Trim().Replace('，', ','), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) => amount,
        _ => null,
    };

    public static DateOnly? Date(object? cell) => cell switch
    {
        DateTime date => DateOnly.FromDateTime(date),
        DateOnly date => date,
        // Excel's serial day numbers, from 1900 to 9999.
        double serial when serial is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string text when DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        string text when DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && moment.TimeOfDay == TimeSpan.Zero =>
            DateOnly.FromDateTime(moment),
        _ => null,
    };

    /// <summary>Field codes have two or four digits; a number lost its leading zero.</summary>
    public static string FieldCode(object? cell) => cell switch
    {
        double number when number == Math.Floor(number) && number is >= 0 and < 10000 => Pad(((int)number).ToString(CultureInfo.InvariantCulture)),
        _ => Text(cell).Trim(),
    };

    private static string Pad(string digits) => digits.Length % 2 == 1 ? "0" + digits : digits;
}
