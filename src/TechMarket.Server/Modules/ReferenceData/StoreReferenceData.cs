using Marten;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>Writes the catalog into the database at every start, so it is idempotent (upsert by code).</summary>
internal sealed class StoreReferenceData(IDocumentStore store, ReferenceCatalog catalog) : IStartupTask
{
    public int Order => 100;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store([.. catalog.Districts]);
        session.Store([.. catalog.Fields]);
        await session.SaveChangesAsync(ct);
    }
}
