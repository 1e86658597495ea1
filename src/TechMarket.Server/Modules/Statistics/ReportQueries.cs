using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A region's report for a period: the sentences, each with its figures and their drill-downs.</summary>
public sealed record ReportAnswer(string Region, string RegionName, string Period, IReadOnlyList<ReportSentence> Sentences);

public static class ReportQueries
{
    public static RouteGroupBuilder MapReportQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/report", Report).RequireAuthorization(Policies.Bureau)
            .WithSummary("Report sentences in the bureau's register for a region and period, every figure linked to the list it sums");
        return statistics;
    }

    private static async Task<Results<Ok<ReportAnswer>, ValidationProblem, ProblemHttpResult>> Report(
        [AsParameters] PeriodQuery query, Actor actor, StatisticsScope scope, IQuerySession session, TimeProvider clock,
        IOptions<StatisticsOptions> options, CancellationToken ct)
    {
        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<ReportAnswer>(error);
        }

        var facts = await FactsAsync(session, scope.Regions, read!, clock.Today(), options.Value.Warnings, ct);
        return TypedResults.Ok(new ReportAnswer(read!.Scope.Region.Code, read.Scope.Region.Name, read.Period.Label, ReportWriter.Write(facts)));
    }

    public static async Task<ReportFacts> FactsAsync(
        IQuerySession session, RegionCatalog regions, StatisticsRead read, DateOnly today, WarningThresholds thresholds, CancellationToken ct)
    {
        var (region, period, direction) = (read.Scope.Region, read.Period, read.Direction);
        var byTypeRows = await CubeReader.SliceAsync(session, read.Scope.Codes, period, direction, [CubeDimension.Type], ct);
        var lastYear = await CubeReader.SliceAsync(session, read.Scope.Codes, period.SameLastYear(), direction, [], ct);
        Standing? inCity = null, inProvince = null;
        var streak = 0;
        if (region.Level == RegionLevel.District)
        {
            var city = regions.Find(region.ParentCode)!;
            inCity = (await StandingQueries.StandingsAsync(session, regions, city, period, direction, Measure.TechnologyAmount, today, thresholds, ct))
                .Single(s => s.District == region.Code);
            if (regions.ProvinceOf(region.Code) is { } province)
            {
                inProvince = (await StandingQueries.StandingsAsync(session, regions, province, period, direction, Measure.TechnologyAmount, today, thresholds, ct))
                    .Single(s => s.District == region.Code);
            }

            var peers = regions.DistrictsUnder(city.Code).Select(d => d.Code).ToList();
            var yearToEnd = StatPeriod.YearToMonth(period.To.Year, period.To.Month);
            var months = (await CubeReader.SliceAsync(session, peers, yearToEnd, direction, [CubeDimension.District, CubeDimension.Month], ct))
                .ToDictionary(r => (r.District!, r.Bucket!), r => r.TechnologyAmount);
            streak = DistrictRanking.Streak(Standings.MonthlyRanks(region.Code, peers, months, yearToEnd.From, yearToEnd.To), 3);
        }

        var reference = await session.LoadAsync<ReferenceFigures>(ReferenceFigures.IdOf(region.Code, period.To.Year), ct);
        var byType = Enum.GetValues<ContractType>().Select(t => (t, byTypeRows.Where(r => r.Type == t).Sum(r => r.Registrations))).ToList();
        var range = RangeOf(region.Code, period, direction);
        return new ReportFacts(
            region.Name, period, Sum(byTypeRows), Sum(lastYear), inCity, inProvince, streak, byType,
            reference?.IndustrialInvestmentGrowth, reference?.Gdp,
            (measure, type) => $"/api/statistics/ledger?{range}&measure={measure}" + (type is { } t ? $"&type={t}" : string.Empty),
            $"/api/statistics/rankings?{range}",
            await ActivityFacts.LoadAsync(session, read, RoundListQueries.BureausOf(regions, read.Scope), today, ct),
            $"/api/statistics/rounds?{range}", $"/api/statistics/lists?{range}", range);
    }

    /// <summary>The query every drill-down of a report names: its region, days and side.</summary>
    public static string RangeOf(string region, StatPeriod period, Flow direction)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"region={region}&from={Day(period.From)}&to={Day(period.To)}&direction={direction}";
    }

    public static CubeMeasures Sum(IEnumerable<CubeRow> rows) => rows.Aggregate(CubeMeasures.Zero, (sum, r) => sum + r.Measures);
}
