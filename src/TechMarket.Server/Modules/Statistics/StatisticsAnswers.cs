using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The region and period a statistics read is about, once the caller's right to it is checked.</summary>
public sealed record StatisticsRead(ScopedRegion Scope, StatPeriod Period, Flow Direction);

public static class StatisticsAnswers
{
    /// <summary>Checks the period's shape first (400), then the region against the caller's jurisdiction (404/403).</summary>
    public static (StatisticsRead? Read, DomainError? Error) Check(StatisticsScope scope, Actor actor, PeriodQuery query)
    {
        var (period, invalid) = query.Resolve();
        if (invalid is not null)
        {
            return (null, invalid);
        }

        var (region, refused) = scope.Resolve(actor, query.Region);
        return refused is not null ? (null, refused) : (new StatisticsRead(region!, period!, query.Flow), null);
    }

    /// <summary>The answer to a read the caller may make (<see cref="Check"/>), or the refusal.</summary>
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> AnswerAsync<T>(
        StatisticsScope scope, Actor actor, PeriodQuery query, Func<StatisticsRead, Task<T>> answer)
    {
        var (read, error) = Check(scope, actor, query);
        return error is not null ? Refuse<T>(error) : TypedResults.Ok(await answer(read!));
    }

    /// <summary>A refusal as the typed problem an endpoint declares.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Refuse<T>(DomainError error) => Problems.Refuse<Ok<T>>(error);

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> RefuseFile(DomainError error) =>
        Problems.Refuse<FileContentHttpResult>(error);
}
