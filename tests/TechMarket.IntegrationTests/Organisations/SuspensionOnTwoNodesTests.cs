using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using TestOrganisations = TechMarket.IntegrationTests.Infrastructure.Organisations;

namespace TechMarket.IntegrationTests.Organisations;

/// <summary>
/// A suspension holds on every node from the next command on, not only once the tokens' revocation reaches a node:
/// a command reads its organisation's state with the rest of what it decides on. The second node here polls the
/// revocation log once an hour, so its refusal can only come from the command's own read — a per-node copy of the
/// organisation that a notification updates later would let the bid through.
/// </summary>
public sealed class SuspensionOnTwoNodesTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_suspended_organisation_s_next_bid_is_refused_on_both_nodes()
    {
        await using var secondNode = new SecondNode(Host, revocationPoll: TimeSpan.FromHours(1));
        var city = await AsAsync(Demo.CityBureau);
        var zhenhai = await AsAsync(Demo.ZhenhaiBureau);
        var challenge = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), zhenhai, TimeSpan.FromHours(2));
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var registration = TestOrganisations.Registration(OrganisationKind.University, "330211", $"镇海停牌测试学院{Marker()}", $"suspended-{Guid.NewGuid():N}@example.edu.cn");
        var organisation = (await (await anonymous.PostAsync("/api/organisations/registrations", registration)).ShouldBeOkAsync<RegistrationReceipt>()).Id;
        await (await city.PostAsync($"/api/organisations/{organisation}/approve")).ShouldBeOkAsync();
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var token = (await Accounts.TokensAsync(browser, registration.Email, registration.Password)).AccessToken!;
        using var here = Host.CreateApiClient(token);
        using var there = secondNode.CreateApiClient(token);

        // Both nodes serve the organisation as approved: the bid on this node, the second bid refused as a second bid
        // (not as ineligible) on the other.
        await (await here.PostAsync($"/api/challenges/{challenge}/bids", Bid(Marker()))).ShouldBeOkAsync();
        await (await there.PostAsync($"/api/challenges/{challenge}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-bid");

        await (await zhenhai.PostAsync($"/api/organisations/{organisation}/suspend", new { reason = "营业执照被吊销" })).ShouldBeOkAsync();

        await (await there.PostAsync($"/api/challenges/{challenge}/bids", Bid(Marker()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
        var onThisNode = await here.PostAsync($"/api/challenges/{challenge}/bids", Bid(Marker()));
        if (onThisNode.StatusCode != HttpStatusCode.Unauthorized)
        {
            // This node's revocation poll (0.3 s) may or may not have come first; either refusal is one.
            await onThisNode.ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
        }
    }
}
