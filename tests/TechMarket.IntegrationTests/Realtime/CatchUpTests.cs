using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.IntegrationTests.Infrastructure;
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
            var notice = await first.WaitForAsync("notice", n => n.GetProperty("kind").GetString() == "NeedAccepted");
            lastSeen = notice.GetProperty("sequence").GetInt64();
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
        var stored = await WaitForNoticesAsync(enterprise, lastSeen, 3);

        await using var again = await HubClient.ConnectAsync(Host, token);
        var caughtUp = (await again.Connection.InvokeAsync<List<JsonElement>>("CatchUp", lastSeen)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));

        caughtUp.Select(n => n.GetProperty("sequence").GetInt64()).ShouldBe([2, 3, 4]);
        caughtUp.Select(n => n.GetProperty("subjectId").GetString()).ShouldBe(missed);
        caughtUp.Select(n => n.GetProperty("kind").GetString()).ShouldBe(["NeedAccepted", "NeedAccepted", "NeedRejected"]);
        caughtUp.Last().GetProperty("values").GetProperty("reason").GetString().ShouldBe("描述不清");
        again.Received("notice").ShouldBeEmpty(); // pushed while away, not again now
        (await again.Connection.InvokeAsync<List<JsonElement>>("CatchUp", 4L)).ShouldBeEmpty();
        stored.GetProperty("unread").GetInt32().ShouldBe(4);

        await (await enterprise.PostAsync("/api/notifications/read", new { upTo = 3 })).ShouldBeOkAsync();
        var page = await enterprise.GetJsonAsync("/api/notifications?after=0");
        page.GetProperty("unread").GetInt32().ShouldBe(1);
        page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("read").GetBoolean()).ShouldBe([true, true, true, false]);
    }

    [Fact]
    public async Task Notices_are_each_user_s_own()
    {
        var other = await AsAsync(Demo.OtherEnterprise);
        var mine = await (await AsAsync(Demo.Enterprise)).GetJsonAsync("/api/notifications?after=0&limit=200");
        var theirs = await other.GetJsonAsync("/api/notifications?after=0&limit=200");

        var myIds = mine.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("subjectId").GetString()).ToHashSet();
        theirs.GetProperty("items").EnumerateArray().ShouldNotContain(n => n.GetProperty("kind").GetString() == "NeedAccepted" && myIds.Contains(n.GetProperty("subjectId").GetString()));
        await (await other.GetAsync("/api/notifications?after=-1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> WaitForNoticesAsync(HttpClient client, long after, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var page = await client.GetJsonAsync($"/api/notifications?after={after}");
            if (page.GetProperty("items").GetArrayLength() >= count)
            {
                return page;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"Fewer than {count} notices after {after} within 30 seconds.");
    }
}
