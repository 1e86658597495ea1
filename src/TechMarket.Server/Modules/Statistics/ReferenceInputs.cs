using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The reference figures a bureau entered for a region and year, as a derived figure's input (not who entered them).</summary>
public sealed record ReferenceEntry(string Region, int Year, decimal? Gdp, decimal? IndustrialInvestmentGrowth, DateTimeOffset EnteredAt);

/// <summary>
/// What a derived figure of the report is computed from (占GDP比重, 高于工业投资增速N个百分点): the reference figures the
/// bureau entered for the region and the period's year (<see cref="Entered"/>, null when none), the technology amount of
/// the period and of the same period last year, each with the ledger that sums it, and the derived figures as the
/// report computes them. A click on a derived figure opens this; its amounts open their ledgers.
/// </summary>
public sealed record ReferenceInputsAnswer(
    string Region, string Period, DateOnly From, DateOnly To, int Year, ReferenceEntry? Entered,
    decimal TechnologyAmount, string TechnologyAmountLedger, string BasePeriod, decimal BaseTechnologyAmount, string BaseTechnologyAmountLedger,
    decimal? GrowthPercent, decimal? GdpSharePercent, decimal? PointsAboveInvestment);

public static class ReferenceInputs
{
    public static RouteGroupBuilder MapReferenceInputs(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/reference-figures", Read).RequireAuthorization(Policies.Bureau)
            .WithSummary("The inputs of a report's derived figures (GDP share, percentage points): the reference figures entered and the amounts with their ledgers");
        return statistics;
    }

    private static Task<Results<Ok<ReferenceInputsAnswer>, ValidationProblem, ProblemHttpResult>> Read(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => InputsAsync(session, read, ct));

    public static async Task<ReferenceInputsAnswer> InputsAsync(IQuerySession session, StatisticsRead read, CancellationToken ct)
    {
        var (region, period, direction) = (read.Scope.Region.Code, read.Period, read.Direction);
        var basePeriod = period.SameLastYear();
        var current = ReportQueries.Sum(await CubeReader.SliceAsync(session, read.Scope.Codes, period, direction, [], ct)).TechnologyAmount;
        var @base = ReportQueries.Sum(await CubeReader.SliceAsync(session, read.Scope.Codes, basePeriod, direction, [], ct)).TechnologyAmount;
        // The report reads the figures entered for the year its period ends in.
        var entered = await session.LoadAsync<ReferenceFigures>(ReferenceFigures.IdOf(region, period.To.Year), ct);
        var growth = Growth.Of(current, @base).Percent;
        string Ledger(StatPeriod p) => $"/api/statistics/ledger?{ReportQueries.RangeOf(region, p, direction)}&measure={Measure.TechnologyAmount}";
        return new ReferenceInputsAnswer(
            region, period.Label, period.From, period.To, period.To.Year,
            entered is null ? null : new ReferenceEntry(entered.Region, entered.Year, entered.Gdp, entered.IndustrialInvestmentGrowth, entered.At),
            current, Ledger(period), basePeriod.Label, @base, Ledger(basePeriod),
            growth, entered?.Gdp is > 0 and var gdp ? ReportWriter.GdpShare(current, gdp) : null, Growth.PointsAbove(growth, entered?.IndustrialInvestmentGrowth));
    }
}
