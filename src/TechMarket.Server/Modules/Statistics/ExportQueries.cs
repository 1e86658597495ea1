using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Statistics;

public enum StatisticsTable
{
    /// <summary>A slice of the cube (<c>by</c> as for /cube).</summary>
    Cube,

    /// <summary>The lines behind a figure (the drill-down's filters).</summary>
    Ledger,

    /// <summary>晾晒 (<c>peers</c> and <c>measure</c> as for /rankings).</summary>
    Rankings,

    /// <summary>The year's targets with every revision.</summary>
    Targets,

    /// <summary>需求征集轮次 opened in the period (the report's rounds figure).</summary>
    Rounds,

    /// <summary>榜单 published in the period (the report's lists figure).</summary>
    Lists,

    /// <summary>揭榜挂帅 challenges published (or, with <c>milestone=Awarded</c>, awarded) in the period, with their bounty.</summary>
    Challenges,

    /// <summary>创新券 redemptions in the period (用券金额, 惠及企业家次).</summary>
    Vouchers,

    /// <summary>Needs collected in the period, with their posters' kinds.</summary>
    Needs,

    /// <summary>先用后转 trials converted in the period.</summary>
    Trials,
}

/// <summary>What an export may add to the period: the table's own options.</summary>
public sealed record ExportOptions(ExportFormat? Format = null, string? By = null, PeerLevel? Peers = null, ChallengeMilestone? Milestone = null);

public static class ExportQueries
{
    public static RouteGroupBuilder MapExportQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/export/{table}", Export).RequireAuthorization(Policies.Bureau)
            .WithSummary("Any statistics table (Cube, Ledger, Rankings, Targets, Rounds, Lists, Challenges, Vouchers, Needs, Trials) as Excel or CSV with Chinese headers, within your jurisdiction");
        return statistics;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        string table, [AsParameters] PeriodQuery query, [AsParameters] DrillDownQuery drill, [AsParameters] ExportOptions export, Actor actor,
        StatisticsScope scope, StatisticsTables tables, IQuerySession session, TimeProvider clock, IOptions<StatisticsOptions> options, CancellationToken ct)
    {
        if (!Enum.TryParse<StatisticsTable>(table, ignoreCase: true, out var which) || !Enum.IsDefined(which) || int.TryParse(table, out _))
        {
            return StatisticsAnswers.RefuseFile(DomainError.NotFound("no-such-table", "The tables are Cube, Ledger, Rankings, Targets, Rounds, Lists, Challenges, Vouchers, Needs and Trials."));
        }

        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        if (error is not null)
        {
            return StatisticsAnswers.RefuseFile(error);
        }

        Table? sheet = null;
        switch (which)
        {
            case StatisticsTable.Cube when CubeQueries.ParseDimensions(export.By) is { } by:
                sheet = tables.Cube(await CubeQueries.SliceAsync(session, read!, by, ct));
                break;
            case StatisticsTable.Cube:
                return StatisticsAnswers.RefuseFile(DomainError.Invalid("by", "A comma-separated list of: " + string.Join(", ", Enum.GetNames<CubeDimension>()) + "."));
            case StatisticsTable.Ledger:
                sheet = tables.Ledger(await CubeQueries.LedgerAsync(session, read!, drill, ct));
                break;
            case StatisticsTable.Rankings:
                var (ranking, refused) = await StandingQueries.RankingAsync(session, scope.Regions, read!, export.Peers, drill.Measure, clock.Today(), options.Value.Warnings, ct);
                if (refused is not null)
                {
                    return StatisticsAnswers.RefuseFile(refused);
                }

                sheet = StatisticsTables.Rankings(ranking!);
                break;
            case StatisticsTable.Rounds:
                sheet = tables.Rounds(await RoundListQueries.RoundsAnswerAsync(session, scope.Regions, read!, clock.Today(), ct));
                break;
            case StatisticsTable.Lists:
                sheet = tables.Lists(await RoundListQueries.ListsAnswerAsync(session, scope.Regions, read!, ct));
                break;
            case StatisticsTable.Challenges:
                sheet = tables.Challenges(await ActivityListQueries.ChallengesAnswerAsync(session, read!, export.Milestone ?? ChallengeMilestone.Published, ct));
                break;
            case StatisticsTable.Vouchers:
                sheet = tables.Vouchers(await ActivityListQueries.VouchersAnswerAsync(session, read!, ct));
                break;
            case StatisticsTable.Needs:
                sheet = tables.Needs(await ActivityListQueries.NeedsAnswerAsync(session, read!, ct));
                break;
            case StatisticsTable.Trials:
                sheet = tables.Trials(await ActivityListQueries.TrialsAnswerAsync(session, read!, ct));
                break;
            default:
                sheet = tables.Targets(await StandingQueries.TargetsAsync(session, read!.Scope, read.Period.To.Year, ct));
                break;
        }

        var format = export.Format ?? ExportFormat.Xlsx;
        return TypedResults.File(await TableFiles.WriteAsync(sheet, format, ct), TableFiles.ContentType(format), TableFiles.FileName(sheet, format));
    }
}
