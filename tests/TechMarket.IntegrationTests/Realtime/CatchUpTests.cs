using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.Notifications;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>Stored notices: a client that was away asks for everything after the last sequence it saw and gets each
/// missed notice exactly once; notices are listed and marked read over HTTP.</summary>
public sealed class CatchUpTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_client_that_missed_three_notices_catches_up_on_each_exactly_once()
    {
        var account = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var token = (await Accounts.TokensAsync(browser, account)).AccessToken!;
        using var enterprise = Host.CreateApiClient(token);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);

        long lastSeen;
        await using (var first = await HubClient.ConnectAsync(Host, token))
        {
            await AcceptedAsync(enterprise, bureau, Content(Marker()));
            var notice = await first.WaitForAsync<NoticeMessage>(HubClient.Notice, n => n.Kind == NoticeKind.NeedAccepted);
            lastSeen = notice.Sequence;
            lastSeen.ShouldBe(1);
        }

        // Away: three notices happen (two acceptances and a rejection).
        var missed = new List<string>
        {
            await AcceptedAsync(enterprise, bureau, Content(Marker())),
            await AcceptedAsync(enterprise, bureau, Content(Marker())),
        };
        var (rejected, _) = await SubmittedAsync(enterprise, Content(Marker()));
        await (await bureau.PostAsync($"/api/needs/{rejected}/reject", new { reason = "描述不清" })).ShouldBeOkAsync();
        missed.Add(rejected);
        var stored = await Poll.UntilAsync(() => enterprise.GetJsonAsync<NoticePage>($"/api/notifications?after={lastSeen}"), p => p.Items.Count >= 3,
            "Three more notices");

        await using var again = await HubClient.ConnectAsync(Host, token);
        var caughtUp = await again.InvokeAsync<List<NoticeMessage>>(nameof(MarketHub.CatchUp), lastSeen);
        await Task.Delay(TimeSpan.FromSeconds(1));

        caughtUp.Select(n => n.Sequence).ShouldBe([2, 3, 4]);
        caughtUp.Select(n => n.SubjectId.ToString()).ShouldBe(missed);
        caughtUp.Select(n => n.Kind).ShouldBe([NoticeKind.NeedAccepted, NoticeKind.NeedAccepted, NoticeKind.NeedRejected]);
        caughtUp[^1].Values["reason"].ShouldBe("描述不清");
        again.Received<NoticeMessage>(HubClient.Notice).ShouldBeEmpty(); // pushed while away, not again now
        (await again.InvokeAsync<List<NoticeMessage>>(nameof(MarketHub.CatchUp), 4L)).ShouldBeEmpty();
        stored.Unread.ShouldBe(4);

        await (await enterprise.PostAsync("/api/notifications/read", new { upTo = 3 })).ShouldBeOkAsync();
        var page = await enterprise.GetJsonAsync<NoticePage>("/api/notifications?after=0");
        page.Unread.ShouldBe(1);
        page.Items.Select(n => n.Read).ShouldBe([true, true, true, false]);
    }

    [Fact]
    public async Task Notices_are_each_user_s_own()
    {
        var other = await AsAsync(Demo.OtherEnterprise);
        var mine = await NoticeList.AllAsync(await AsAsync(Demo.Enterprise));
        var theirs = await NoticeList.AllAsync(other);

        var myNeeds = mine.Where(n => n.Kind == NoticeKind.NeedAccepted).Select(n => n.SubjectId).ToHashSet();
        myNeeds.ShouldNotBeEmpty();
        theirs.ShouldNotContain(n => myNeeds.Contains(n.SubjectId));
        await (await other.GetAsync("/api/notifications?after=-1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
