using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A figure inside a sentence: where it is in the text, its value and unit (yuan, count, percent, points, rank,
/// months) and the list it sums or counts (an API address).</summary>
public sealed record ReportFigure(string Key, string Text, int Start, decimal Value, string Unit, string? DrillDown);

/// <summary>One sentence of the report, as text and as its figures.</summary>
public sealed record ReportSentence(string Key, string Text, IReadOnlyList<ReportFigure> Figures);

/// <summary>What a district's (or a city's) report is written from; every figure comes from the ledger or the bureau's entries.</summary>
public sealed record ReportFacts(
    string RegionName,
    StatPeriod Period,
    CubeMeasures Current,
    CubeMeasures Base,
    Standing? InCity,
    Standing? InProvince,
    int StreakTopThree,
    IReadOnlyList<(ContractType Type, int Count)> RegisteredByType,
    decimal? IndustrialInvestmentGrowth,
    decimal? Gdp,
    Func<Measure, ContractType?, string> LedgerLink,
    string RankingLink,
    ActivityFacts? Activity = null,
    string? RoundsLink = null,
    string? ListsLink = null,
    string? Range = null)
{
    /// <summary>A statistics drill-down over the report's region, days and side (<c>/api/statistics/{list}?region=…&amp;from=…</c>);
    /// none when the facts name no range (a report written without links).</summary>
    public string? Link(string list, string? more = null) => Range is null ? null : $"/api/statistics/{list}?{Range}{more}";
}
