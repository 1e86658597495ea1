using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Statistics;

public enum PeerLevel
{
    /// <summary>全市: the districts of the region's city.</summary>
    City,

    /// <summary>全省: the districts of the region's province.</summary>
    Province,
}

/// <summary>晾晒: every peer district's figure, growth, completion and light, with its three ranks.</summary>
public sealed record RankingAnswer(string Peers, string PeersName, string Period, Measure Measure, decimal ElapsedPercent, IReadOnlyList<Standing> Standings);

/// <summary>The districts' targets of a year, with every revision.</summary>
public sealed record TargetsAnswer(int Year, IReadOnlyList<DistrictTarget> Targets);

public static class StandingQueries
{
    public static RouteGroupBuilder MapStandingQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/rankings", Rankings).RequireAuthorization(Policies.Bureau)
            .WithSummary("晾晒: the districts of the region's city (or province) ranked by amount, growth and target completion, with 红黄绿");
        statistics.MapGet("/targets", Targets).RequireAuthorization(Policies.Bureau)
            .WithSummary("The annual targets of the districts in your jurisdiction, with every revision (调整) and its reason");
        return statistics;
    }

    private static async Task<Results<Ok<RankingAnswer>, ValidationProblem, ProblemHttpResult>> Rankings(
        [AsParameters] PeriodQuery query, PeerLevel? peers, Measure? measure, Actor actor, StatisticsScope scope, IQuerySession session,
        TimeProvider clock, IOptions<StatisticsOptions> options, CancellationToken ct)
    {
        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<RankingAnswer>(error);
        }

        var (answer, refused) = await RankingAsync(session, scope.Regions, read!, peers, measure, clock.Today(), options.Value.Warnings, ct);
        return refused is not null ? StatisticsAnswers.Refuse<RankingAnswer>(refused) : TypedResults.Ok(answer!);
    }

    public static async Task<(RankingAnswer? Answer, DomainError? Error)> RankingAsync(
        IQuerySession session, RegionCatalog regions, StatisticsRead read, PeerLevel? peers, Measure? measure, DateOnly today, WarningThresholds thresholds,
        CancellationToken ct)
    {
        var level = peers ?? PeerLevel.City;
        if (PeersOf(regions, read.Scope.Region, level) is not { } group)
        {
            return (null, DomainError.Invalid("peers", $"{read.Scope.Region.Name} has no {level.ToString().ToLowerInvariant()} to rank within."));
        }

        var m = measure ?? Measure.TechnologyAmount;
        var standings = await StandingsAsync(session, regions, group, read.Period, read.Direction, m, today, thresholds, ct);
        return (new RankingAnswer(group.Code, group.Name, read.Period.Label, m, Elapsed(read.Period, today), standings), null);
    }

    /// <summary>The city or province whose districts a region is ranked among (a city ranks within itself at city level).</summary>
    public static Region? PeersOf(RegionCatalog regions, Region region, PeerLevel level) => (region.Level, level) switch
    {
        (RegionLevel.District, PeerLevel.City) => regions.Find(region.ParentCode),
        (RegionLevel.District, PeerLevel.Province) => regions.ProvinceOf(region.Code),
        (RegionLevel.City, PeerLevel.City) => region,
        (RegionLevel.City, PeerLevel.Province) => regions.Find(region.ParentCode),
        (RegionLevel.Province, PeerLevel.Province) => region,
        _ => null,
    };

    /// <summary>How much of the target's year has passed at the period's end (or today, if earlier), in percent.</summary>
    public static decimal Elapsed(StatPeriod period, DateOnly today) =>
        Math.Round(StatPeriod.ShareOfYearElapsed(Min(period.To, today, period.To.Year)) * 100m, 1, MidpointRounding.AwayFromZero);

    private static DateOnly Min(DateOnly end, DateOnly today, int year) =>
        today.Year < year ? new DateOnly(year, 1, 1) : today < end ? today : end;

    public static async Task<IReadOnlyList<Standing>> StandingsAsync(
        IQuerySession session, RegionCatalog regions, Region group, StatPeriod period, Flow direction, Measure measure, DateOnly today,
        WarningThresholds thresholds, CancellationToken ct)
    {
        var districts = regions.DistrictsUnder(group.Code);
        var codes = districts.Select(d => d.Code).ToArray();
        var current = await CubeReader.TotalsAsync(session, codes, period, direction, ct);
        var lastYear = await CubeReader.TotalsAsync(session, codes, period.SameLastYear(), direction, ct);
        var yearToDate = await CubeReader.TotalsAsync(session, codes, period with { From = new DateOnly(period.To.Year, 1, 1) }, direction, ct);
        var year = period.To.Year;
        var targets = (await session.Query<DistrictTarget>().Where(t => t.Year == year && t.District.IsOneOf(codes)).ToListAsync(ct))
            .ToDictionary(t => t.District, StringComparer.Ordinal);
        var peers = districts.Select(d => new PeerFigures(
            d.Code, d.Name, current[d.Code].Of(measure), lastYear[d.Code].Of(measure), yearToDate[d.Code].Of(measure),
            targets.TryGetValue(d.Code, out var t) ? t.Amount : null, t?.Revised ?? false)).ToList();
        var share = StatPeriod.ShareOfYearElapsed(Min(period.To, today, year));
        return Standings.Of(peers, share, thresholds);
    }

    private static async Task<Results<Ok<TargetsAnswer>, ValidationProblem, ProblemHttpResult>> Targets(
        int year, string? region, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return StatisticsAnswers.Refuse<TargetsAnswer>(DomainError.Invalid("year", "A year from 2000 to 2100."));
        }

        var (scoped, error) = scope.Resolve(actor, region);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<TargetsAnswer>(error);
        }

        return TypedResults.Ok(await TargetsAsync(session, scoped!, year, ct));
    }

    public static async Task<TargetsAnswer> TargetsAsync(IQuerySession session, ScopedRegion scope, int year, CancellationToken ct)
    {
        var codes = scope.Codes.ToArray();
        var targets = await session.Query<DistrictTarget>().Where(t => t.Year == year && t.District.IsOneOf(codes)).ToListAsync(ct);
        return new TargetsAnswer(year, [.. targets.OrderBy(t => t.District, StringComparer.Ordinal)]);
    }
}
