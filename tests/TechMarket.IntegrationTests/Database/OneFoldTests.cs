using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// A stream is folded by one function, the module's own Evolve: Marten's FetchForWriting (through StreamFold) and the
/// inline read model get exactly what folding the stored events with it gives — the same function the unit tests use.
/// </summary>
public sealed class OneFoldTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task What_Marten_loads_for_writing_is_the_modules_own_fold_of_the_stream()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = Guid.Parse(await AcceptedAsync(enterprise, bureau, Content(Marker())));

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var stored = await session.Events.FetchStreamAsync(id);
        var folded = stored.Select(e => (NeedEvent)e.Data).Aggregate((Need?)null, Need.Evolve).ShouldNotBeNull();
        var forWriting = await session.Events.FetchForWriting<Need>(id);

        forWriting.Aggregate.ShouldBeEquivalentTo(folded);
        folded.Status.ShouldBe(NeedStatus.Accepted);
        forWriting.CurrentVersion.ShouldBe(stored.Count);
        var projected = stored.Select(e => (NeedEvent)e.Data).Aggregate((NeedDetails?)null, NeedDetailsProjection.Evolve).ShouldNotBeNull();
        projected.Version = stored.Count;
        (await session.LoadAsync<NeedDetails>(id)).ShouldBeEquivalentTo(projected);
    }
}
