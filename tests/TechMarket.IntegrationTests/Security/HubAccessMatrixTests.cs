using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Notifications;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// The hub (/hubs/market) as a matrix, over the real SignalR client: who may connect (a user with a valid token; not
/// an integration client, not nobody), and role × channel for every channel kind the server registers — the entitled
/// watch, everyone else is refused with the rule's code and stays connected; CatchUp answers each caller its own
/// notices only. A hub method or channel kind added without an entry fails here.
/// </summary>
public sealed class HubAccessMatrixTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly SemaphoreSlim Building = new(1, 1);
    private static HubAccessFixture? _fixture;

    public static TheoryData<string> Users => new(HubAccessMatrix.Users);

    [Fact]
    public void Every_hub_method_and_every_channel_kind_has_matrix_entries()
    {
        var methods = typeof(MarketHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Except([nameof(MarketHub.OnConnectedAsync), nameof(MarketHub.OnDisconnectedAsync)]);
        methods.ShouldBe([nameof(MarketHub.Watch), nameof(MarketHub.Unwatch), nameof(MarketHub.CatchUp)], ignoreOrder: true,
            "hub methods this matrix tries (Watch per channel, Unwatch and CatchUp per user)");

        var kinds = Host.Services.GetServices<IHubChannel>().Select(c => c.Kind).Append(Channels.UserKind);
        kinds.Except(HubAccessMatrix.Watch.Select(e => e.Kind)).ShouldBeEmpty("channel kinds without a matrix entry");
    }

    [Fact]
    public async Task Only_a_user_with_a_valid_token_connects()
    {
        (await Should.ThrowAsync<HttpRequestException>(() => HubClient.ConnectAsync(Host, null))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Should.ThrowAsync<HttpRequestException>(() => HubClient.ConnectAsync(Host, "not-a-token"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var machine = await Callers.TokenAsync(Host, SignIn, Callers.Integration);
        (await Should.ThrowAsync<HttpRequestException>(() => HubClient.ConnectAsync(Host, machine))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task A_user_watches_exactly_the_channels_it_is_entitled_to_and_catches_up_on_its_own_notices(string who)
    {
        var fixture = await FixtureAsync();
        await using var client = await HubClient.ConnectAsync(Host, await Callers.TokenAsync(Host, SignIn, who));

        foreach (var entry in HubAccessMatrix.Watch)
        {
            var channel = entry.Channel(fixture);
            if (entry.Entitled.Contains(who))
            {
                await client.Connection.InvokeAsync(nameof(MarketHub.Watch), channel);
                await client.Connection.InvokeAsync(nameof(MarketHub.Unwatch), channel);
            }
            else
            {
                var refused = await Should.ThrowAsync<HubException>(() => client.Connection.InvokeAsync(nameof(MarketHub.Watch), channel), $"{who}: {entry.What}");
                refused.Message.ShouldContain(entry.Refusal, Case.Sensitive, $"{who}: {entry.What}");
            }
        }

        var caughtUp = await client.InvokeAsync<List<NoticeMessage>>(nameof(MarketHub.CatchUp), 0L);
        var listed = await NoticeList.AllAsync(await AsAsync(who));
        caughtUp.Select(Key).ShouldBe(listed.Take(caughtUp.Count).Select(Key), $"{who}: catch-up answers the caller's own notices, as its list does");
        client.Connection.State.ShouldBe(HubConnectionState.Connected);
    }

    private static string Key(NoticeMessage notice) => $"{notice.Sequence}:{notice.SubjectId}";

    private async Task<HubAccessFixture> FixtureAsync()
    {
        await Building.WaitAsync();
        try
        {
            return _fixture ??= await HubAccessFixture.BuildAsync(Host, SignIn);
        }
        finally
        {
            Building.Release();
        }
    }
}
