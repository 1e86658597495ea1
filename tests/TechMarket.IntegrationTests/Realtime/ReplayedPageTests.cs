using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Notifications;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// The realtime subscription commits a page's notices (with the matches they tell of) before the page's own progress,
/// and pushes them in between. A node that dies in between handles the page again; so does one whose operator rewound
/// the subscription. Either way the users are told nothing twice and no pair is matched twice.
/// </summary>
public sealed class ReplayedPageTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly TimeSpan CatchUp = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_page_handled_again_after_its_notices_were_told_tells_nothing_twice_and_matches_no_pair_twice()
    {
        await using var university = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.University));
        await using var owner = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Enterprise));
        var needId = await AcceptedAsync(await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), MatchPushTests.PortNeed(Marker()));
        await university.WaitForAsync<NoticeMessage>(HubClient.Notice, n => MatchPushTests.IsMatchFor(n, needId));
        await owner.WaitForAsync<NoticeMessage>(HubClient.Notice, n => n.Kind == NoticeKind.NeedAccepted && n.SubjectId.ToString() == needId);
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        await store.WaitForNonStaleProjectionDataAsync(CatchUp); // the page's progress is past the acceptance

        // As if the node had died after the notices' commit: the subscription's progress goes back to before the acceptance.
        await using var reader = store.QuerySession();
        var accepted = (await reader.Events.FetchStreamAsync(Guid.Parse(needId))).Single(e => e.Data is NeedAccepted);
        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync("realtime", CancellationToken.None, accepted.Sequence - 1);
        await store.WaitForNonStaleProjectionDataAsync(CatchUp);
        await Task.Delay(TimeSpan.FromSeconds(1)); // a push of the page handled again would have arrived by now

        university.Received<NoticeMessage>(HubClient.Notice).Count(n => MatchPushTests.IsMatchFor(n, needId)).ShouldBe(1);
        owner.Received<NoticeMessage>(HubClient.Notice).Count(n => n.Kind == NoticeKind.NeedAccepted && n.SubjectId.ToString() == needId).ShouldBe(1);
        (await NoticeList.AllAsync(await AsAsync(Demo.University))).Count(n => MatchPushTests.IsMatchFor(n, needId)).ShouldBe(1);
        (await NoticeList.AllAsync(await AsAsync(Demo.Enterprise))).Count(n => n.Kind == NoticeKind.NeedAccepted && n.SubjectId.ToString() == needId).ShouldBe(1);
        var matches = await (await AsAsync(Demo.University)).GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
        matches.Items.Count(m => m.SubjectId.ToString() == needId).ShouldBe(1);
    }
}
