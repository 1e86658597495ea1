using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class BidSlotBackfillTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_bid_made_before_slots_existed_gets_one_at_start_and_stays_its_organisation_s_only_bid()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var organisation = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var store = Host.Services.GetRequiredService<IDocumentStore>();

        // As the server wrote bids before slots: the stream and its read model, no slot.
        var bidId = Guid.NewGuid();
        await using (var session = store.LightweightSession())
        {
            var content = new BidContent("采用原子层沉积包覆与体相掺杂协同改性，已完成小试验证。", "材料学院课题组", 500_000m, "12个月", []);
            session.Events.StartStream<Bid>(bidId, new BidSubmitted(
                bidId, Guid.Parse(id), organisation, "升级前的大学", content, BidCommitment.NewSalt(), new string('a', 64), Guid.NewGuid(), Host.Clock.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        await new BidSlotBackfill(store, NullLogger<BidSlotBackfill>.Instance).RunAsync(CancellationToken.None);

        await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");
        (await university.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={id}")).Items.Where(b => b.ChallengeId.ToString() == id).Select(b => b.Id).ShouldBe([bidId]);
    }
}
