using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// The transaction value cube and its ledger, kept by the async daemon (HotCold: one node at a time holds the shard):
/// each batch of registrations, recorded transactions and reversals is folded into its cells' deltas
/// (<see cref="CubeFacts.Fold"/>) and added to both grains' tables with one statement each, and each event's
/// <see cref="TransactionLine"/> is stored beside them. Nothing is loaded, and one pass over the events serves both, so a
/// rebuild runs close to the rate the daemon reads events; adding (rather than storing) is safe because the daemon
/// commits a batch and its progress together, once.
/// </summary>
public sealed class TransactionCubeProjection : IProjection
{
    public const string Name = "TransactionCube";

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var contractEvents = events.Select(e => e.Data).OfType<ContractEvent>().ToList();
        foreach (var grain in Enum.GetValues<CubeGrain>())
        {
            CubeTable.Add(operations, grain, CubeFacts.Fold(contractEvents, grain));
        }

        var lines = events.Select(e => e.Data is ContractEvent data ? TransactionLine.From(e.Id, data) : null).OfType<TransactionLine>().ToArray();
        if (lines.Length > 0)
        {
            operations.Store(lines);
        }

        return Task.CompletedTask;
    }
}
