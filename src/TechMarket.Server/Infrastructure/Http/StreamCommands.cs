using JasperFx;
using JasperFx.Events;
using Marten;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The one way an endpoint changes a stream: load it for writing at the version the caller saw (If-Match),
/// run the pure decision, append its events with optimistic concurrency, answer with the new ETag.
/// </summary>
public static class StreamCommands
{
    private const int ConcurrentWriteAttempts = 10;

    public static Task<IResult> Execute<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid streamId,
        string what,
        Func<TState, Decision> decide,
        CancellationToken ct,
        Func<Decision, IResult>? answer = null,
        Func<TState, Decision, Task>? alongside = null)
        where TState : class =>
        ExecuteAsync<TState>(session, http, streamId, what, state => decide(state!), allowNew: false, answer,
            alongside is null ? null : (state, decision) => alongside(state!, decision), ct);

    /// <summary>Like Execute, for a stream whose id is known before it exists (e.g. one bid per organisation):
    /// the decision gets null when the stream is new, and a concurrent start loses with 409.</summary>
    /// <param name="answer">Builds the success answer from the appended events (e.g. a receipt); 204 without it.</param>
    public static Task<IResult> ExecuteOrStart<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid streamId,
        Func<TState?, Decision> decide,
        CancellationToken ct,
        Func<Decision, IResult>? answer = null)
        where TState : class =>
        ExecuteAsync(session, http, streamId, "The resource", decide, allowNew: true, answer, alongside: null, ct);

    private static async Task<IResult> ExecuteAsync<TState>(
        IDocumentSession session,
        HttpContext http,
        Guid streamId,
        string what,
        Func<TState?, Decision> decide,
        bool allowNew,
        Func<Decision, IResult>? answer,
        Func<TState?, Decision, Task>? alongside,
        CancellationToken ct)
        where TState : class
    {
        if (!ETags.TryReadExpectedVersion(http.Request, out var expected))
        {
            return ETags.MalformedIfMatch();
        }

        async Task<IResult> Attempt()
        {
            var stream = expected is { } version
                ? await session.Events.FetchForWriting<TState>(streamId, version, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
            if (stream.Aggregate is null && !allowNew)
            {
                return Problems.NotFound(what);
            }

            var decision = decide(stream.Aggregate);
            if (decision.Error is { } error)
            {
                return Problems.From(error);
            }

            stream.AppendMany(decision.Events);
            if (alongside is not null)
            {
                // What must commit with the decision's events (another stream, a unique claim), on every attempt.
                await alongside(stream.Aggregate, decision);
            }

            await session.SaveChangesAsync(ct);
            http.Response.SetETag((stream.StartingVersion ?? 0) + decision.Events.Count);
            return answer is null ? TypedResults.NoContent() : answer(decision);
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
    public static async Task<IResult> RetryOnConcurrentWrite(this IDocumentSession session, Func<Task<IResult>> write, CancellationToken ct)
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

    /// <summary>Starts a new stream with the events of a decision; answers 201 with its location and ETag.</summary>
    public static async Task<IResult> Start<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid streamId,
        Decision decision,
        string location,
        CancellationToken ct)
        where TState : class
    {
        if (ETags.RefuseOnCreate(http.Request) is { } refused)
        {
            return refused;
        }

        if (decision.Error is { } error)
        {
            return Problems.From(error);
        }

        session.Events.StartStream<TState>(streamId, decision.Events.ToArray());
        await session.SaveChangesAsync(ct);
        http.Response.SetETag(decision.Events.Count);
        return TypedResults.Created(location, new { id = streamId });
    }
}
