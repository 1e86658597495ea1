using System.Globalization;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A statistics period: a month, a quarter, a year, 1至N月 (year to date) or any range of China-time days.</summary>
public sealed record StatPeriod(DateOnly From, DateOnly To, string Label)
{
    public static StatPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年");

    public static StatPeriod Quarter(int year, int quarter) =>
        new(new DateOnly(year, (quarter * 3) - 2, 1), EndOfMonth(year, quarter * 3), $"{year}年第{ChineseNumbers.Of(quarter)}季度");

    public static StatPeriod Month(int year, int month) => new(new DateOnly(year, month, 1), EndOfMonth(year, month), $"{year}年{month}月");

    /// <summary>1至N月: from January to the end of month N.</summary>
    public static StatPeriod YearToMonth(int year, int month) =>
        month == 1 ? Month(year, 1) with { Label = $"{year}年1月" } : new(new DateOnly(year, 1, 1), EndOfMonth(year, month), $"{year}年1至{month}月");

    public static StatPeriod Range(DateOnly from, DateOnly to) =>
        new(from, to, $"{from.Year}年{from.Month}月{from.Day}日至{to.Year}年{to.Month}月{to.Day}日");

    /// <summary>Whole months only: the month cells answer it.</summary>
    public bool IsWholeMonths => From.Day == 1 && To == EndOfMonth(To.Year, To.Month);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The period's China-time days as instants, [first day 00:00, the day after the last 00:00), in UTC: Npgsql
    /// writes only offset-zero instants to a timestamptz column (a challenge's PublishedAt, ChallengesModule).</summary>
    public (DateTimeOffset From, DateTimeOffset Until) Instants => (From.StartInChina().ToUniversalTime(), To.AddDays(1).StartInChina().ToUniversalTime());

    /// <summary>The same period a year before (a leap day's year before is 28 February); its label follows.</summary>
    public StatPeriod SameLastYear()
    {
        var from = From.AddYears(-1);
        if (!IsWholeMonths)
        {
            return Range(from, To.AddYears(-1));
        }

        var to = EndOfMonth(To.Year - 1, To.Month);
        var label = Label.Replace(From.Year.ToString(CultureInfo.InvariantCulture) + "年", from.Year.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal);
        return new StatPeriod(from, to, label);
    }

    /// <summary>The share of the period's year that has passed by <paramref name="asOf"/> (0 to 1), for red/amber/green.</summary>
    public static decimal ShareOfYearElapsed(DateOnly asOf) =>
        (decimal)asOf.DayOfYear / (DateTime.IsLeapYear(asOf.Year) ? 366 : 365);

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
