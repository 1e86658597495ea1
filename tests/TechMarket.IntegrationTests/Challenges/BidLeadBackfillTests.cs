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

/// <summary>Bids stored before the lead's part was kept under the bid's id: the start-up backfill gives them that row, so
/// their organisation still has one bid on the challenge and can submit it again after a withdrawal.</summary>
public sealed class BidLeadBackfillTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_bid_made_before_parts_existed_gets_its_lead_s_part_and_stays_its_organisation_s_only_bid()
    {
        var (id, university, organisation) = await ChallengeAndBidderAsync();
        var bidId = await LegacyBidAsync(id, organisation);

        await BackfillAsync();

        await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");
        (await university.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={id}")).Items.Select(b => b.Id).ShouldBe([bidId]);
    }

    [Fact]
    public async Task A_bid_whose_lead_row_had_an_id_of_its_own_is_submitted_again_under_its_id_after_a_withdrawal()
    {
        var (id, university, organisation) = await ChallengeAndBidderAsync();
        var bidId = await LegacyBidAsync(id, organisation);
        var member = Guid.NewGuid();
        await using (var session = Store.LightweightSession())
        {
            // As bids were stored with a separate slot: the lead's row under an id of its own, beside a member's row.
            session.Insert(BidParticipant.Member(Guid.Parse(id), organisation, bidId));
            session.Insert(BidParticipant.Member(Guid.Parse(id), member, bidId));
            await session.SaveChangesAsync();
        }

        await BackfillAsync();
        await BackfillAsync(); // idempotent: nothing left to give the second time

        await (await university.PostAsync($"/api/bids/{bidId}/withdraw")).ShouldBeOkAsync();
        var again = await (await university.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        again.BidId.ShouldBe(bidId);
        await using var query = Store.QuerySession();
        var parts = await query.Query<BidParticipant>().Where(p => p.BidId == bidId).ToListAsync();
        parts.Select(p => (p.OrganisationId, p.Leads)).OrderBy(p => p.Leads).ShouldBe([(member, false), (organisation, true)]);
    }

    [Fact]
    public async Task A_bid_on_a_challenge_whose_bidding_closed_gets_its_lead_s_part_too_for_a_re_publication()
    {
        var (id, _, organisation) = await ChallengeAndBidderAsync();
        var bidId = await LegacyBidAsync(id, organisation);
        await CloseBiddingAsync(Host, await AsAsync(Demo.ZhenhaiBureau), id);

        await BackfillAsync();

        await using var query = Store.QuerySession();
        (await query.LoadAsync<BidParticipant>(bidId)).ShouldNotBeNull().OrganisationId.ShouldBe(organisation);
    }

    private IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    private async Task<(string Challenge, HttpClient University, Guid Organisation)> ChallengeAndBidderAsync()
    {
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), TimeSpan.FromHours(2));
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        return (id, university, (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id);
    }

    /// <summary>As the server wrote bids before the parts: the stream and its read model, no row naming the organisation.</summary>
    private async Task<Guid> LegacyBidAsync(string challenge, Guid organisation)
    {
        var bidId = Guid.NewGuid();
        await using var session = Store.LightweightSession();
        var content = new BidContent("采用原子层沉积包覆与体相掺杂协同改性，已完成小试验证。", "材料学院课题组", 500_000m, "12个月", []);
        session.Events.StartStream<Bid>(bidId, new BidSubmitted(
            bidId, Guid.Parse(challenge), organisation, "升级前的大学", content, BidCommitment.NewSalt(), new string('a', 64), Guid.NewGuid(), Host.Clock.GetUtcNow()));
        await session.SaveChangesAsync();
        return bidId;
    }

    private Task BackfillAsync() => new BidLeadBackfill(Store, NullLogger<BidLeadBackfill>.Instance).RunAsync(CancellationToken.None);
}
