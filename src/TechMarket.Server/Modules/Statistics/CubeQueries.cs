using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A slice of the cube: the period, the side counted and one row per group.</summary>
public sealed record CubeSliceAnswer(string Region, string Period, DateOnly From, DateOnly To, Flow Direction, IReadOnlyList<CubeRow> Rows, CubeRow Total);

/// <summary>The lines behind a figure (明细), with their sum; at most <see cref="CubeQueries.MaxLines"/> lines are listed.</summary>
public sealed record LedgerAnswer(string Region, string Period, Flow Direction, Measure Measure, decimal Sum, int Count, IReadOnlyList<TransactionLine> Lines, bool Truncated);

/// <summary>Which lines a drill-down opens: a measure and, optionally, one coordinate of each dimension.</summary>
public sealed record DrillDownQuery(Measure? Measure = null, ContractType? Type = null, string? Field = null, ContractOrigin? Origin = null, bool? Brokered = null);

public static class CubeQueries
{
    public const int MaxLines = 1000;

    public static RouteGroupBuilder MapCubeQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/cube", Slice).RequireAuthorization(Policies.Bureau)
            .WithSummary("技术合同成交额, 技术交易额 and 到账额 of a region and period, grouped by any of district, month, quarter, year, type, field and origin");
        statistics.MapGet("/ledger", Ledger).RequireAuthorization(Policies.Bureau)
            .WithSummary("The registrations, settlements and refunds behind a figure (drill-down), within your jurisdiction");
        return statistics;
    }

    private static async Task<Results<Ok<CubeSliceAnswer>, ValidationProblem, ProblemHttpResult>> Slice(
        [AsParameters] PeriodQuery query, string? by, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct)
    {
        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        var dimensions = ParseDimensions(by);
        if (dimensions is null)
        {
            error ??= DomainError.Invalid("by", "A comma-separated list of: " + string.Join(", ", Enum.GetNames<CubeDimension>()) + ".");
        }

        if (error is not null)
        {
            return StatisticsAnswers.Refuse<CubeSliceAnswer>(error);
        }

        return TypedResults.Ok(await SliceAsync(session, read!, dimensions!, ct));
    }

    public static async Task<CubeSliceAnswer> SliceAsync(IQuerySession session, StatisticsRead read, IReadOnlyCollection<CubeDimension> by, CancellationToken ct)
    {
        var rows = await CubeReader.SliceAsync(session, read.Scope.Codes, read.Period, read.Direction, by, ct);
        var total = rows.Aggregate(new CubeRow(null, null, null, null, null, 0, 0, 0, 0, 0), (sum, r) => sum with
        {
            ContractAmount = sum.ContractAmount + r.ContractAmount, TechnologyAmount = sum.TechnologyAmount + r.TechnologyAmount, Settled = sum.Settled + r.Settled,
            Registrations = sum.Registrations + r.Registrations, Settlements = sum.Settlements + r.Settlements,
        });
        return new CubeSliceAnswer(read.Scope.Region.Code, read.Period.Label, read.Period.From, read.Period.To, read.Direction, rows, total);
    }

    /// <summary>"district,month,type" → the dimensions; null when a name is unknown. Names are case-insensitive.</summary>
    public static IReadOnlyCollection<CubeDimension>? ParseDimensions(string? by)
    {
        var result = new HashSet<CubeDimension>();
        foreach (var name in (by ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<CubeDimension>(name, ignoreCase: true, out var dimension) || !Enum.IsDefined(dimension))
            {
                return null;
            }

            result.Add(dimension);
        }

        return result;
    }

    private static Task<Results<Ok<LedgerAnswer>, ValidationProblem, ProblemHttpResult>> Ledger(
        [AsParameters] PeriodQuery query, [AsParameters] DrillDownQuery drill, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct) =>
        StatisticsAnswers.AnswerAsync(scope, actor, query, read => LedgerAsync(session, read, drill, ct));

    public static async Task<LedgerAnswer> LedgerAsync(IQuerySession session, StatisticsRead read, DrillDownQuery drill, CancellationToken ct)
    {
        var measure = drill.Measure ?? Measure.TechnologyAmount;
        var codes = read.Scope.Codes.ToArray();
        var (from, to) = (read.Period.From, read.Period.To);
        var q = session.Query<TransactionLine>().Where(l => l.Day >= from && l.Day <= to);
        q = read.Direction == Flow.Output ? q.Where(l => l.SellerDistrict.IsOneOf(codes)) : q.Where(l => l.BuyerDistrict.IsOneOf(codes));
        q = measure == Measure.Settled ? q.Where(l => l.Kind != TransactionLineKind.Registration) : q.Where(l => l.Kind == TransactionLineKind.Registration);
        if (drill.Type is { } type)
        {
            q = q.Where(l => l.Type == type);
        }

        if (drill.Field is { Length: > 0 } field)
        {
            q = q.Where(l => l.Field == field);
        }

        if (drill.Brokered is { } brokered)
        {
            q = q.Where(l => l.Brokered == brokered);
        }

        if (drill.Origin is { } origin)
        {
            q = q.Where(l => l.Origin == origin);
        }

        var lines = await q.OrderBy(l => l.Day).ThenBy(l => l.RegistrationNumber).Take(MaxLines + 1).ToListAsync(ct);
        var count = await q.CountAsync(ct);
        var sum = count <= MaxLines ? lines.Sum(l => l.Of(measure)) : await SumAsync(q, measure, ct);
        return new LedgerAnswer(read.Scope.Region.Code, read.Period.Label, read.Direction, measure, sum, count, [.. lines.Take(MaxLines)], count > MaxLines);
    }

    private static async Task<decimal> SumAsync(IQueryable<TransactionLine> q, Measure measure, CancellationToken ct) => measure switch
    {
        Measure.ContractAmount => await q.SumAsync(l => l.ContractAmount, ct),
        Measure.TechnologyAmount => await q.SumAsync(l => l.TechnologyAmount, ct),
        _ => await q.SumAsync(l => l.Settled, ct),
    };
}
