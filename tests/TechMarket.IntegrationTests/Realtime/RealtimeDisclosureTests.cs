using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.IntegrationTests.Security;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Security.HubAccessFixture;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Nothing pushed or searchable tells a receiver what it may not read. Every role is connected to the hub with the real
/// SignalR client, watching all it may (the board everyone watches, its own organisation, its bureau's ticker), while
/// a need is drafted, edited, submitted and rejected, another district's bureau drafts a challenge its enterprise
/// funds, a university bids sealed and amends its bid, a need is accepted and a challenge published with descriptions
/// and confidential details. Each secret is a word of its own: none reaches anyone it is not for, by push or search —
/// while the public words of the same things are found and the matches are pushed (so the checks can fail).
/// </summary>
public sealed class RealtimeDisclosureTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task No_push_and_no_search_reveals_drafts_sealed_bids_unpublished_needs_or_confidential_details()
    {
        var enterprise = await AsAsync(Enterprise);
        var bureau = await AsAsync(ZhenhaiBureau);
        var board = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(30));
        var clients = new Dictionary<string, HubClient>();
        try
        {
            foreach (var who in HubAccessMatrix.Users)
            {
                clients[who] = await WatchingAllItMayAsync(who, board);
            }

            var secrets = await PlayAsync(enterprise, bureau, board);

            // The last event (a second bid) changes the board everyone watches: once each client has that board, it
            // has every push the events before it caused (one daemon, in order; one connection, in order).
            foreach (var (who, client) in clients)
            {
                // Read strictly as the server's BoardChanged: a board message with any other field (who bid) fails here.
                await client.WaitForAsync<BoardChanged>(HubClient.Board, b => b.ChallengeId.ToString() == board && b.BidCount == 2);
                var pushed = client.ReceivedText();
                foreach (var (secret, owner) in secrets.Words.Concat(secrets.Ids))
                {
                    if (owner != who)
                    {
                        pushed.ShouldNotContain(secret, Case.Sensitive, $"{who} was pushed {secret}");
                    }
                }
            }

            clients[University].Received<NoticeMessage>(HubClient.Notice)
                .ShouldContain(n => n.Kind == NoticeKind.MatchFound && n.Values["subjectId"] == secrets.ListedNeed);
            clients[Enterprise].Received<NoticeMessage>(HubClient.Notice)
                .ShouldContain(n => n.Kind == NoticeKind.NeedRejected && n.SubjectId.ToString() == secrets.RejectedNeed);

            foreach (var who in HubAccessMatrix.Users.Append(Callers.Anonymous))
            {
                using var searcher = await Callers.ForAsync(Host, SignIn, who);
                foreach (var (secret, _) in secrets.Words)
                {
                    (await searcher.GetJsonAsync<SearchResults>($"/api/search?q={secret}&pageSize=100")).Total.ShouldBe(0, $"{who} found {secret}");
                }

                (await searcher.GetJsonAsync<SearchResults>($"/api/search?q={secrets.PublicNeedWord}")).Total.ShouldBe(1, who); // the market is public
                (await searcher.GetJsonAsync<SearchResults>($"/api/search?q={secrets.PublicChallengeWord}")).Total.ShouldBe(1, who);
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                await client.DisposeAsync();
            }
        }
    }

    private sealed record Secrets(
        IReadOnlyList<(string Word, string? Owner)> Words, IReadOnlyList<(string Id, string? Owner)> Ids, string ListedNeed, string RejectedNeed, string PublicNeedWord, string PublicChallengeWord);

    /// <summary>Plays the story; returns each secret word, and the ids of what must stay unseen, with the one account
    /// it may reach (null: nobody).</summary>
    private async Task<Secrets> PlayAsync(HttpClient enterprise, HttpClient bureau, string board)
    {
        var words = new List<(string, string?)>();
        var ids = new List<(string, string?)>();
        string Secret(string? owner = null)
        {
            var word = Word();
            words.Add((word, owner));
            return word;
        }

        // A need drafted, edited, submitted and rejected: its title and the reason are its enterprise's alone.
        var hidden = Content(Secret(Enterprise), "海水淡化能量回收装置", "0701");
        hidden["description"] = $"描述 {Secret()}";
        hidden["confidentialDetails"] = $"保密 {Secret()}";
        var (rejected, etag) = await DraftAsync(enterprise, hidden);
        hidden["publicSummary"] = $"寻求能量回收装置 {Secret(Enterprise)}";
        var edited = await enterprise.PutAsync($"/api/needs/{rejected}", hidden, etag);
        await edited.ShouldBeOkAsync();
        etag = edited.ETag();
        await (await enterprise.PostAsync($"/api/needs/{rejected}/submit", ifMatch: etag)).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/needs/{rejected}/reject", new { reason = $"需求不清 {Secret(Enterprise)}" })).ShouldBeOkAsync();
        ids.Add((rejected, Enterprise));

        // Another district's draft: 镇海区's bureau drafts a challenge 甬江新材料 funds; it is never published.
        var now = Host.Clock.GetUtcNow();
        var draftBody = Draft(Secret(), [(await AcceptedAsync(enterprise, bureau, Content(Marker())), 1000000m)], now, now.AddDays(30));
        draftBody["publicSummary"] = $"草稿摘要 {Secret()}";
        draftBody["confidentialDetails"] = $"草稿保密 {Secret()}";
        var draft = (await (await bureau.PostAsync("/api/challenges", draftBody)).ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{draft}/funding/confirm")).ShouldBeOkAsync();
        ids.Add((draft, null));

        // A sealed bid, amended: nobody hears of its content or who made it.
        var university = await AsAsync(University);
        var bid = (await (await university.PostAsync($"/api/challenges/{board}/bids", Bid(Secret()))).ShouldBeOkAsync<BidReceipt>()).BidId.ToString();
        await (await university.PutAsync($"/api/bids/{bid}", Bid(Secret()))).ShouldBeOkAsync();
        ids.Add((bid, null));

        // Listed and published things, whose descriptions and confidential details stay private.
        var publicNeed = Word();
        var listed = Content(publicNeed, "集装箱码头集卡调度与堆场箱位分配优化", "0103");
        listed["publicSummary"] = $"寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶 {publicNeed}";
        listed["description"] = $"码头作业高峰期集卡排队 {Secret()}";
        listed["confidentialDetails"] = $"码头吞吐量 {Secret()}";
        var listedNeed = await AcceptedAsync(enterprise, bureau, listed);
        var publicChallenge = Word();
        var open = Draft(publicChallenge, [(await AcceptedAsync(enterprise, bureau, Content(Marker())), 1000000m)], now.AddMinutes(-1), now.AddDays(30));
        open["confidentialDetails"] = $"揭榜保密 {Secret()}";
        var challenge = (await (await bureau.PostAsync("/api/challenges", open)).ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{challenge}/funding/confirm")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{challenge}/publish")).ShouldBeOkAsync();
        var broker = await AsAsync(Broker);
        await Poll.UntilAsync(() => broker.GetJsonAsync<SearchResults>($"/api/search?q={publicChallenge}"), r => r.Total > 0,
            "The published challenge in the index"); // and so every event before it

        await (await (await AsAsync(Institute)).PostAsync($"/api/challenges/{board}/bids", Bid(Marker()))).ShouldBeOkAsync();
        return new Secrets(words, ids, listedNeed, rejected, publicNeed, publicChallenge);
    }

    private async Task<HubClient> WatchingAllItMayAsync(string who, string board)
    {
        var client = await HubClient.ConnectAsync(Host, await SignIn.CachedTokenAsync(who));
        await client.Connection.InvokeAsync("Watch", $"board:{board}");
        var caller = await AsAsync(who);
        if ((await caller.GetAsync("/api/organisations/mine")).IsSuccessStatusCode)
        {
            await client.Connection.InvokeAsync("Watch", $"organisation:{(await caller.GetJsonAsync<Organisation>("/api/organisations/mine")).Id}");
        }

        foreach (var district in who switch { CityBureau => ["city", "330211", "330203"], ZhenhaiBureau => ["330211"], HaishuBureau => ["330203"], _ => Array.Empty<string>() })
        {
            await client.Connection.InvokeAsync("Watch", $"ticker:{district}");
        }

        return client;
    }

    /// <summary>A word of Latin letters only, which the analyser keeps whole: found if and only if it was indexed.</summary>
    public static string Word() => "qz" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26))));
}
