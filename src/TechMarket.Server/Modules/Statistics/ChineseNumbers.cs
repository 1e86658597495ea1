using System.Globalization;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>How the bureau writes numbers: 第五, 39.01亿元, 1431.2万元, 66.4%.</summary>
public static class ChineseNumbers
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 15 → 十五, 23 → 二十三, 100 → 一百, 105 → 一百零五 (0 to 999).</summary>
    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        if (n < 10)
        {
            return Digits[n];
        }

        if (n < 100)
        {
            var tens = n / 10;
            return (tens == 1 ? string.Empty : Digits[tens]) + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10]);
        }

        var rest = n % 100;
        var hundreds = Digits[n / 100] + "百";
        return rest == 0 ? hundreds : hundreds + (rest < 10 ? "零" + Digits[rest] : rest < 20 ? "一" + Of(rest) : Of(rest));
    }

    /// <summary>第一, 第五, 第十一.</summary>
    public static string Ordinal(int n) => "第" + Of(n);

    public const decimal Yi = 100_000_000m;
    public const decimal Wan = 10_000m;

    /// <summary>亿元 with two decimals from one 亿 up; 万元 (up to two decimals) below.</summary>
    public static string Amount(decimal yuan) =>
        Math.Abs(yuan) >= Yi
            ? (yuan / Yi).ToString("0.00", CultureInfo.InvariantCulture) + "亿元"
            : Math.Round(yuan / Wan, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "万元";

    /// <summary>万元, up to two decimals (用券金额1431.2万元).</summary>
    public static string Wan2(decimal yuan) => Math.Round(yuan / Wan, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "万元";

    /// <summary>A percentage with at most one decimal: 66%, 66.4%, 103.2%.</summary>
    public static string Percent(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Percentage points with at most one decimal: 55.4个百分点.</summary>
    public static string Points(decimal points) => Math.Round(points, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "个百分点";
}
