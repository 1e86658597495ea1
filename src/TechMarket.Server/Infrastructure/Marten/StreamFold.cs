using JasperFx.Events;
using Marten.Events.Aggregation;

namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>
/// Lets Marten fold a stream with the one <c>Evolve</c> its module wrote: the write model that FetchForWriting
/// loads (live, or inline as a snapshot), and a read model projected inline. The same function folds the unit
/// tests' histories, so Marten, the tests and the decisions can never disagree about what an event does.
/// </summary>
/// <typeparam name="TState">The state or read model folded from the stream.</typeparam>
/// <typeparam name="TEvent">The closed base type of the stream's events.</typeparam>
public sealed class StreamFold<TState, TEvent> : SingleStreamProjection<TState, Guid>
    where TState : class
    where TEvent : class
{
    private readonly Func<TState?, TEvent, TState?> _evolve;

    public StreamFold(Func<TState?, TEvent, TState?> evolve)
    {
        _evolve = evolve;
        // Without it Marten cannot tell which events an Evolve override takes, and an inline read model loads its
        // document (one more statement) for every append to every stream: a need submit read a ChallengeDetails,
        // an Organisation and a BidDetails that could not exist.
        IncludeType<TEvent>();
    }

    public override TState? Evolve(TState? snapshot, Guid id, IEvent e) => e.Data is TEvent data ? _evolve(snapshot, data) : snapshot;
}
