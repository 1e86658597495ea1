using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// A stream command whose decision reads more than the stream (the poster's organisation, a round, policies): those
/// reads and the stream's fetch for writing go to PostgreSQL in one batch — one round trip before the append instead of
/// two or three. Each attempt (a lost race is decided again) reads everything afresh.
/// </summary>
public static partial class StreamCommands
{
    /// <summary>Decides on an existing stream with what <paramref name="reads"/> enlisted in the same batch; 204 when accepted.</summary>
    /// <param name="reads">Enlists its reads in the batch and returns how to collect them once the batch ran.</param>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Execute<TState, TReads>(
        this RequestContext request, Guid streamId, string what, Func<IBatchedQuery, Func<Task<TReads>>> reads, Func<TState, TReads, Decision> decide)
        where TState : class =>
        WriteAsync(request, streamId, what, allowNew: false, _ => TypedResults.NoContent(),
            (session, expected) => session.AppendBatchedAsync(streamId, expected, what, reads, decide, request.Cancellation));

    /// <summary>Like the above; the answer is built from the accepted decision (e.g. a receipt).</summary>
    /// <param name="alongside">What must commit with the decision's events, as in <c>Execute&lt;TState, TAnswer&gt;</c>.</param>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> Execute<TState, TReads, TAnswer>(
        this RequestContext request, Guid streamId, string what, Func<IBatchedQuery, Func<Task<TReads>>> reads, Func<TState, TReads, Decision> decide,
        Func<Decision, TAnswer> answer, Func<TState, Decision, Task>? alongside = null)
        where TState : class
        where TAnswer : IResult =>
        WriteAsync(request, streamId, what, allowNew: false, answer,
            (session, expected) => session.AppendBatchedAsync(streamId, expected, what, reads, decide, request.Cancellation, alongside));

    /// <summary>Like <c>ExecuteOnTwo</c> (two streams that change together or not at all), with both streams' fetches and
    /// what <paramref name="reads"/> enlisted in one batch.</summary>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> ExecuteOnTwo<TState, TOther, TReads, TAnswer>(
        this RequestContext request, Guid streamId, Guid otherId, string what, Func<IBatchedQuery, Func<Task<TReads>>> reads,
        Func<TState, TOther?, TReads, (Decision This, Decision Other)> decide, Func<TState, TOther?, Decision, TAnswer> answer)
        where TState : class
        where TOther : class
        where TAnswer : IResult
    {
        (TState? State, TOther? Other) seen = default;
        return WriteAsync(request, streamId, what, allowNew: false, decision => answer(seen.State!, seen.Other, decision),
            (session, expected) => session.AppendBothAsync<TState, TOther, TReads>(streamId, expected, otherId, reads, (state, other, read) =>
            {
                seen = (state, other);
                return state is null ? (Missing(what), Missing(what)) : decide(state, other, read);
            }, request.Cancellation));
    }

    /// <summary>For a command whose decision reads nothing but its streams.</summary>
    private static Func<IBatchedQuery, Func<Task<bool>>> NoReads => _ => () => Task.FromResult(true);

    private static async Task<(Decision Decision, long Version)> AppendBatchedAsync<TState, TReads>(
        this IDocumentSession session, Guid streamId, long? expected, string what, Func<IBatchedQuery, Func<Task<TReads>>> reads,
        Func<TState, TReads, Decision> decide, CancellationToken ct, Func<TState, Decision, Task>? alongside = null)
        where TState : class
    {
        var batch = session.CreateBatchQuery();
        var collect = reads(batch);
        var fetching = FetchAsync<TState>(batch, streamId, expected);
        await batch.Execute(ct);
        var stream = await fetching;
        Decision decision = stream.Aggregate is { } state ? decide(state, await collect()) : Missing(what);
        if (decision.IsRefused)
        {
            return (decision, stream.StartingVersion ?? 0);
        }

        stream.AppendMany(decision.Events);
        if (alongside is not null)
        {
            await alongside(stream.Aggregate!, decision);
        }

        await session.SaveChangesAsync(ct);
        return (decision, (stream.StartingVersion ?? 0) + decision.Events.Count);
    }
}
