using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// The write under every stream command, on a session: load the stream for writing, decide, append with optimistic
/// concurrency, commit. The HTTP commands call it with the caller's If-Match version; writers without a request (Stripe's
/// webhook, the trial converter) call <see cref="DecideAsync{TState}"/> or <see cref="DecideBothAsync{TState, TOther}"/>,
/// which decide again on fresh state when a concurrent write wins.
/// </summary>
public static partial class StreamCommands
{
    /// <summary>A stream command without a request: decides on the stream as it is now and commits the events with
    /// what must commit alongside. Returns the decision; a refusal wrote nothing.</summary>
    public static async Task<Decision> DecideAsync<TState>(
        this IDocumentSession session, Guid streamId, Func<TState?, Decision> decide, Func<TState?, Decision, Task>? alongside, CancellationToken ct)
        where TState : class =>
        (await session.RetryOnConcurrentWrite(() => session.AppendAsync(streamId, null, decide, alongside, ct), ct)).Decision;

    /// <summary>Two streams that change together or not at all, without a request (a trial and the contract it becomes):
    /// the other is null when it does not exist yet, and is started. Returns the first stream's decision, or the refusal.</summary>
    public static async Task<Decision> DecideBothAsync<TState, TOther>(
        this IDocumentSession session, Guid streamId, Guid otherId, Func<TState?, TOther?, (Decision This, Decision Other)> decide, CancellationToken ct)
        where TState : class
        where TOther : class =>
        (await session.RetryOnConcurrentWrite(
            () => session.AppendBothAsync<TState, TOther, bool>(streamId, null, otherId, NoReads, (state, other, _) => decide(state, other), ct), ct)).Decision;

    /// <summary>One attempt: a lost race throws; the version is the stream's after the append.</summary>
    private static async Task<(Decision Decision, long Version)> AppendAsync<TState>(
        this IDocumentSession session, Guid streamId, long? expected, Func<TState?, Decision> decide, Func<TState?, Decision, Task>? alongside,
        CancellationToken ct)
        where TState : class
    {
        var stream = await FetchAsync<TState>(session, streamId, expected, ct);
        var decision = decide(stream.Aggregate);
        if (decision.IsRefused)
        {
            return (decision, stream.StartingVersion ?? 0);
        }

        stream.AppendMany(decision.Events);
        if (alongside is not null)
        {
            await alongside(stream.Aggregate, decision);
        }

        await session.SaveChangesAsync(ct);
        return (decision, (stream.StartingVersion ?? 0) + decision.Events.Count);
    }

    /// <summary>One attempt on two streams: both fetched for writing in one batch with what <paramref name="reads"/>
    /// enlisted, one decision for each, appended in one transaction.</summary>
    private static async Task<(Decision Decision, long Version)> AppendBothAsync<TState, TOther, TReads>(
        this IDocumentSession session, Guid streamId, long? expected, Guid otherId, Func<IBatchedQuery, Func<Task<TReads>>> reads,
        Func<TState?, TOther?, TReads, (Decision This, Decision Other)> decide, CancellationToken ct)
        where TState : class
        where TOther : class
    {
        var batch = session.CreateBatchQuery();
        var collect = reads(batch);
        var fetching = FetchAsync<TState>(batch, streamId, expected);
        var fetchingOther = batch.Events.FetchForWriting<TOther>(otherId);
        await batch.Execute(ct);
        var (stream, other) = (await fetching, await fetchingOther);
        var (mine, theirs) = decide(stream.Aggregate, other.Aggregate, await collect());
        if ((mine.Error ?? theirs.Error) is { } error)
        {
            return (Decision.Refuse(error), stream.StartingVersion ?? 0);
        }

        stream.AppendMany(mine.Events);
        other.AppendMany(theirs.Events);
        await session.SaveChangesAsync(ct);
        return (mine, (stream.StartingVersion ?? 0) + mine.Events.Count);
    }

    private static Task<IEventStream<TState>> FetchAsync<TState>(IBatchedQuery batch, Guid streamId, long? expected)
        where TState : class =>
        expected is { } version ? batch.Events.FetchForWriting<TState>(streamId, version) : batch.Events.FetchForWriting<TState>(streamId);

    private static Task<IEventStream<TState>> FetchAsync<TState>(IDocumentSession session, Guid streamId, long? expected, CancellationToken ct)
        where TState : class =>
        expected is { } version ? session.Events.FetchForWriting<TState>(streamId, version, ct) : session.Events.FetchForWriting<TState>(streamId, ct);
}
