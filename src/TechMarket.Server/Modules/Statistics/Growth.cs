namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// Year-over-year growth of a figure against the same period last year. With no base (nothing, or less than
/// nothing after refunds, in the base period) there is no rate: <see cref="Percent"/> is null and the sentence says
/// 上年同期无基数 instead of dividing by zero.
/// </summary>
public sealed record Growth(decimal Current, decimal Base, decimal? Percent)
{
    public bool HasBase => Percent is not null;

    public static Growth Of(decimal current, decimal @base) =>
        @base > 0 ? new Growth(current, @base, Math.Round((current - @base) / @base * 100m, 2, MidpointRounding.AwayFromZero)) : new Growth(current, @base, null);

    /// <summary>Percentage points by which one rate is above another (negative when below); null when either is missing.</summary>
    public static decimal? PointsAbove(decimal? rate, decimal? other) => rate is { } a && other is { } b ? a - b : null;

    /// <summary>同比增长66.4% / 同比下降12% / 同比持平 / 上年同期无基数.</summary>
    public string Words() => Percent switch
    {
        null => "上年同期无基数",
        > 0 => "同比增长" + ChineseNumbers.Percent(Percent.Value),
        < 0 => "同比下降" + ChineseNumbers.Percent(-Percent.Value),
        _ => "同比持平",
    };
}
