using System.Globalization;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The one window every date in a request must fall in. Nothing the platform handles (deadlines, delivery dates,
/// contracts) lies before 2000 or after 2100; 0001-01-01 and 9999-12-31 are a client's default values or a probe,
/// never a plan, and they overflow date arithmetic further on.
/// </summary>
public static class DateWindow
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static readonly string Rule =
        $"A date from {Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool Contains(DateTimeOffset instant) => Contains(DateOnly.FromDateTime(instant.UtcDateTime));

    public static bool Contains(DateTime instant) => Contains(DateOnly.FromDateTime(instant));
}
