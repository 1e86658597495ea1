using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>
/// A contract stream, settlement included, is folded by one function: what Marten keeps inline for writing and the
/// contract read model are exactly what folding the stored events with the module's own Evolve gives.
/// </summary>
public sealed class ContractFoldTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task What_Marten_holds_for_a_contract_is_the_modules_own_fold_of_its_stream()
    {
        var (buyer, seller, zhenhai) = (await AsAsync(Demo.Enterprise), await AsAsync("institute@techmarket.demo"), await AsAsync(Demo.ZhenhaiBureau));
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(today));
        var payment = await TransferAsync(buyer, id, 1, 400_000m, today);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{id}/payments/{payment}/confirm")).ShouldBeOkAsync();

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var stored = (await session.Events.FetchStreamAsync(id)).Select(e => (ContractEvent)e.Data).ToList();
        var folded = stored.Aggregate((Contract?)null, Contract.Evolve).ShouldNotBeNull();
        var forWriting = await session.Events.FetchForWriting<Contract>(id);

        forWriting.Aggregate.ShouldBeEquivalentTo(folded);
        folded.Milestones[0].Status.ShouldBe(MilestoneStatus.Paid);
        forWriting.CurrentVersion.ShouldBe(stored.Count);
        var projected = stored.Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve).ShouldNotBeNull();
        projected.Version = stored.Count;
        // Compared as JSON: the stored document comes back with lists where the fold built arrays, the same data.
        JsonSerializer.Serialize(await session.LoadAsync<ContractDetails>(id)).ShouldBe(JsonSerializer.Serialize(projected));
    }
}
