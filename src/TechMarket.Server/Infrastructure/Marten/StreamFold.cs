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
public sealed class StreamFold<TState, TEvent>(Func<TState?, TEvent, TState?> evolve) : SingleStreamProjection<TState, Guid>
    where TState : class
    where TEvent : class
{
    public override TState? Evolve(TState? snapshot, Guid id, IEvent e) => e.Data is TEvent data ? evolve(snapshot, data) : snapshot;
}
