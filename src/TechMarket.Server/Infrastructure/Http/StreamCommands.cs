using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The one way an endpoint changes a stream: load it for writing at the version the caller saw (If-Match),
/// run the pure decision, append its events with optimistic concurrency, answer with the new ETag. The write itself
/// (<c>StreamCommands.Sessions.cs</c>) also serves the writers without a request.
/// </summary>
public static partial class StreamCommands
{
    private const int ConcurrentWriteAttempts = 10;

    /// <summary>Decides on an existing stream; 204 when the decision is accepted.</summary>
    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Execute<TState>(
        this RequestContext request, Guid streamId, string what, Func<TState, Decision> decide)
        where TState : class =>
        request.Execute(streamId, what, decide, _ => TypedResults.NoContent());

    /// <summary>Decides on an existing stream; the answer is built from the accepted decision (e.g. a receipt).</summary>
    /// <param name="alongside">What must commit with the decision's events (a unique claim, a document, a decision on
    /// another stream that depends on this one's); it runs on every attempt, with the state the decision saw.</param>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> Execute<TState, TAnswer>(
        this RequestContext request, Guid streamId, string what, Func<TState, Decision> decide, Func<Decision, TAnswer> answer,
        Func<TState, Decision, Task>? alongside = null)
        where TState : class
        where TAnswer : IResult =>
        WriteAsync(request, streamId, what, allowNew: false, answer, (session, expected) => session.AppendAsync<TState>(
            streamId, expected, state => state is null ? Missing(what) : decide(state),
            alongside is null ? null : (state, decision) => alongside(state!, decision), request.Cancellation));

    /// <summary>Decides on two streams that change together or not at all — a deal and the contract it drafts, a voucher
    /// and the contract it pays: the first at the caller's If-Match version (its ETag is the answer's), the other as it
    /// is now (null when it does not exist yet: it is started); one decision for each, appended in one transaction.
    /// The answer may read the states the decisions saw (what an accepted decision that changed nothing refers to).</summary>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> ExecuteOnTwo<TState, TOther, TAnswer>(
        this RequestContext request, Guid streamId, Guid otherId, string what, Func<TState, TOther?, (Decision This, Decision Other)> decide,
        Func<TState, TOther?, Decision, TAnswer> answer)
        where TState : class
        where TOther : class
        where TAnswer : IResult =>
        request.ExecuteOnTwo<TState, TOther, bool, TAnswer>(streamId, otherId, what, NoReads, (state, other, _) => decide(state, other), answer);

    /// <summary>Like Execute, for a stream whose id is known before it exists (a bid's slot): the decision gets null
    /// when the stream is new, and a concurrent start loses with 409.</summary>
    public static Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> ExecuteOrStart<TState, TAnswer>(
        this RequestContext request, Guid streamId, Func<TState?, Decision> decide, Func<Decision, TAnswer> answer)
        where TState : class
        where TAnswer : IResult =>
        WriteAsync(request, streamId, "The resource", allowNew: true, answer,
            (session, expected) => session.AppendAsync(streamId, expected, decide, null, request.Cancellation));

    private static DomainError Missing(string what) => DomainError.NotFound("not-found", $"{what} was not found.");

    private static async Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> WriteAsync<TAnswer>(
        RequestContext request, Guid streamId, string what, bool allowNew, Func<Decision, TAnswer> answer,
        Func<IDocumentSession, long?, Task<(Decision Decision, long Version)>> append)
        where TAnswer : IResult
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (!ETags.TryReadExpectedVersion(request.Http.Request, out var expected))
        {
            return ETags.MalformedIfMatch();
        }

        async Task<Results<TAnswer, ValidationProblem, ProblemHttpResult>> Attempt()
        {
            var (decision, version) = await append(session, expected);
            if (decision.Error is { } error)
            {
                return Problems.Refuse<TAnswer>(error);
            }

            request.Http.Response.SetETag(version);
            return answer(decision);
        }

        try
        {
            // Without If-Match the caller did not decide against a particular version: decide again on the
            // fresh state. With If-Match the caller must look again.
            return expected is null ? await session.RetryOnConcurrentWrite(Attempt, ct) : await Attempt();
        }
        catch (Exception e) when (IsConcurrentWrite(e))
        {
            if (!allowNew && await session.Events.FetchStreamStateAsync(streamId, ct) is null)
            {
                return Problems.NotFound(what);
            }

            return expected is { } stale ? Problems.StaleVersion(stale) : Problems.ConcurrentWrite();
        }
    }

    /// <summary>
    /// Runs a write again, on fresh state, when it loses a race on a stream version (five experts scoring the
    /// same challenge at once, two challenges drafted on one need). Each round lets at least one writer through,
    /// so this many attempts serve as many simultaneous writers; the jitter keeps the losers from colliding again
    /// in lockstep. The last loss is thrown to the caller.
    /// </summary>
    public static async Task<TResult> RetryOnConcurrentWrite<TResult>(this IDocumentSession session, Func<Task<TResult>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (IsConcurrentWrite(e) && attempt < ConcurrentWriteAttempts)
            {
                session.EjectAllPendingChanges();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 20) * attempt), ct);
            }
        }
    }

    private static bool IsConcurrentWrite(Exception e) => e is ConcurrencyException or ExistingStreamIdCollisionException;

    /// <summary>Starts a new stream with the events of a decision; answers 201 with its location, id and ETag.</summary>
    /// <param name="alongside">What must commit with the new stream (a unique claim, another stream's events).</param>
    public static async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> Start<TState>(
        this RequestContext request, Guid streamId, Decision decision, string location, Action<IDocumentSession>? alongside = null)
        where TState : class
    {
        if (ETags.RefuseOnCreate(request.Http.Request) is { } refused)
        {
            return refused.As<Created<CreatedResource>>();
        }

        if (decision.Error is { } error)
        {
            return Problems.Refuse<Created<CreatedResource>>(error);
        }

        request.Session.Events.StartStream<TState>(streamId, [.. decision.Events]);
        alongside?.Invoke(request.Session);
        await request.Session.SaveChangesAsync(request.Cancellation);
        request.Http.Response.SetETag(decision.Events.Count);
        return TypedResults.Created(location, new CreatedResource(streamId));
    }
}
