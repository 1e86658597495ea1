using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Demo;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>
/// A challenge read model stored before it kept the scores (shape 1) is rebuilt from its stream at start-up, so an
/// upgraded server shows the ranking and each expert's sheet of challenges reviewed before the upgrade.
/// </summary>
public sealed class ChallengeDetailsUpgradeTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_read_model_of_an_older_shape_is_rebuilt_from_its_stream_at_start_up()
    {
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        var reviewed = DemoData.StableId("challenge", "review");
        ChallengeDetails current;
        await using (var session = store.QuerySession())
        {
            current = (await session.LoadAsync<ChallengeDetails>(reviewed)).ShouldNotBeNull();
        }

        current.Scores.ShouldNotBeEmpty();
        await using (var session = store.LightweightSession())
        {
            // What a document written before shape 2 looks like: no shape, no scores, no gates passed.
            session.QueueSqlCommand(
                $"update {MartenSetup.Schema}.mt_doc_challenge_details set data = data - 'shape' - 'scores' - 'gatesPassed' where id = ?", reviewed);
            await session.SaveChangesAsync();
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().Single(t => t.GetType().Name == "ChallengeDetailsUpgrade").RunAsync(CancellationToken.None);
        }

        await using var query = store.QuerySession();
        var rebuilt = (await query.LoadAsync<ChallengeDetails>(reviewed)).ShouldNotBeNull();
        rebuilt.Shape.ShouldBe(ChallengeDetails.CurrentShape);
        rebuilt.ShouldBeEquivalentTo(current);
    }
}
