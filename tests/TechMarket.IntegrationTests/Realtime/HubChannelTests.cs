using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>What a client may watch on the hub, what the boards tell, and a connection whose token is revoked.</summary>
public sealed class HubChannelTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_board_tells_its_watchers_the_bid_count_status_and_deadline_and_never_who_bid()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var challengeId = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromDays(30));
        await using var watcher = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.OtherEnterprise));
        await watcher.Connection.InvokeAsync("Watch", $"board:{challengeId}");
        var bidder = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var bidderOrganisation = await bidder.GetJsonAsync<Organisation>("/api/organisations/mine");

        await (await bidder.PostAsync($"/api/challenges/{challengeId}/nda")).ShouldBeOkAsync(); // leaves the board as it was
        var bid = await (await bidder.PostAsync($"/api/challenges/{challengeId}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>();
        await (await bidder.PutAsync($"/api/bids/{bid.BidId}", Bid(Marker()))).ShouldBeOkAsync(); // so does an amendment

        // Read strictly as the server's BoardChanged: a message with any other field fails the read.
        var board = await watcher.WaitForAsync<BoardChanged>(HubClient.Board, b => b.ChallengeId.ToString() == challengeId && b.BidCount == 1);
        board.Status.ShouldBe(ChallengeStatus.Published);
        board.SecondsLeft.ShouldBeGreaterThan(0);
        watcher.ReceivedText().ShouldNotContain(bidderOrganisation.Name);
        watcher.ReceivedText().ShouldNotContain(bidderOrganisation.Id.ToString());
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything the amendment could have pushed has arrived by now
        var shown = watcher.Received<BoardChanged>(HubClient.Board).Select(b => (b.Status, b.BidCount, b.ClosesAt)).ToList();
        var repeats = shown.Zip(shown.Skip(1)).Count(pair => pair.First == pair.Second);
        repeats.ShouldBe(0, "a push tells of a change, never of an event that changed nothing");
        shown[^1].BidCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_client_is_refused_channels_it_is_not_entitled_to()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var enterprise = await AsAsync(Demo.Enterprise);
        var own = (await enterprise.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var other = (await (await AsAsync(Demo.OtherEnterprise)).GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var accepted = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = Host.Clock.GetUtcNow();
        var draft = (await (await bureau.PostAsync("/api/challenges", Draft(Marker(), [(accepted, 1000000m)], now, now.AddDays(30)))).ShouldBeOkAsync<CreatedResource>()).Id;
        var published = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(30));
        await using var client = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Enterprise));
        await using var officer = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.ZhenhaiBureau));

        await client.Connection.InvokeAsync("Watch", $"organisation:{own}");
        await client.Connection.InvokeAsync("Watch", $"board:{published}");
        await officer.Connection.InvokeAsync("Watch", "ticker:330211");

        (await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync("Watch", $"organisation:{other}"))).Message.ShouldContain("not-your-organisation");
        (await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync("Watch", $"bids:{published}"))).Message.ShouldContain("sealed");
        (await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync("Watch", $"board:{draft}"))).Message.ShouldContain("not-found");
        (await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync("Watch", $"user:{Guid.NewGuid():N}"))).Message.ShouldContain("unknown-channel");
        (await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync("Watch", "ticker:330211"))).Message.ShouldContain("outside-jurisdiction");
        (await Should.ThrowAsync<HubException>(() => officer.Connection.InvokeAsync("Watch", "ticker:330203"))).Message.ShouldContain("outside-jurisdiction");
        client.Connection.State.ShouldBe(HubConnectionState.Connected); // a refusal is an answer, not a disconnection
    }

    [Fact]
    public async Task Without_a_valid_token_there_is_no_connection()
    {
        await Should.ThrowAsync<HttpRequestException>(() => HubClient.ConnectAsync(Host, "not-a-token"));
    }

    [Fact]
    public async Task A_connection_whose_account_is_disabled_is_closed_within_seconds()
    {
        var account = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, account);
        await using var client = await HubClient.ConnectAsync(Host, tokens.AccessToken!);
        await client.Connection.InvokeAsync("Watch", $"organisation:{account.OrganisationId}");

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(account.Email))!, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        await client.ClosedByServer.Task.WaitAsync(TimeSpan.FromSeconds(15));
        client.Connection.State.ShouldBe(HubConnectionState.Disconnected);
    }
}
