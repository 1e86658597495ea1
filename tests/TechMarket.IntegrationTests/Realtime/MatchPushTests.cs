using System.Net;
using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Matches computed by the daemon from committed events reach, over the real SignalR client, the users of the matched
/// university and the broker who follows the field — and nobody else — with their score and reasons; both sides see
/// the match in their lists and answer it.
/// </summary>
public sealed class MatchPushTests(TechMarketHost host) : ApiTest(host)
{
    /// <summary>A need only 甬城大学's port-logistics team fits (港航物流优化: 集卡调度, 堆场分配).</summary>
    private static Dictionary<string, object?> PortNeed(string marker)
    {
        var content = Content(marker, "集装箱码头集卡调度与堆场箱位分配优化", "0103");
        content["publicSummary"] = $"寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶 {marker}";
        content["description"] = "码头作业高峰期集卡排队，翻箱率高。";
        return content;
    }

    [Fact]
    public async Task An_accepted_need_is_pushed_to_the_matching_university_with_reasons_and_to_nobody_else()
    {
        await using var university = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.University));
        await using var institute = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync("institute@techmarket.demo"));
        await using var rival = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.OtherEnterprise));
        var enterprise = await AsAsync(Demo.Enterprise);
        await using var owner = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Enterprise));
        var marker = Marker();

        var needId = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), PortNeed(marker));

        var notice = await university.WaitForAsync("notice", n => n.GetProperty("kind").GetString() == "MatchFound"
            && n.GetProperty("values").GetProperty("subjectId").GetString() == needId);
        notice.GetProperty("title").GetString()!.ShouldContain(marker);
        notice.GetProperty("sequence").GetInt64().ShouldBeGreaterThan(0);
        await owner.WaitForAsync("notice", n => n.GetProperty("kind").GetString() == "NeedAccepted" && n.GetProperty("subjectId").GetString() == needId);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything else the same page pushed has arrived by now
        institute.Received("notice").ShouldNotContain(n => n.GetRawText().Contains(needId, StringComparison.Ordinal));
        rival.Received("notice").ShouldNotContain(n => n.GetRawText().Contains(needId, StringComparison.Ordinal));
        owner.Received("notice").ShouldNotContain(n => n.GetProperty("kind").GetString() == "MatchFound");

        var matches = await (await AsAsync(Demo.University)).GetJsonAsync("/api/matches/mine?pageSize=100");
        var match = matches.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("subjectId").GetString() == needId);
        match.GetProperty("side").GetString().ShouldBe("Counterpart");
        match.GetProperty("counterpartName").GetString().ShouldBe("甬城大学");
        Reasons(match).ShouldContain("SameSubField:0103");
        Reasons(match).Single(r => r.StartsWith("MatchedTerms:", StringComparison.Ordinal)).ShouldContain("集装箱");
        match.GetProperty("score").GetDecimal().ShouldBeGreaterThanOrEqualTo(0.45m);
        notice.GetProperty("subjectId").GetString().ShouldBe(match.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Both_sides_see_the_match_and_answer_it_and_an_outsider_cannot()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var university = await AsAsync(Demo.University);
        var needId = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), PortNeed(Marker()));
        var matchId = await WaitForMatchAsync(university, needId);

        var mine = await enterprise.GetJsonAsync("/api/matches/mine?pageSize=100");
        var seen = mine.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == matchId);
        seen.GetProperty("side").GetString().ShouldBe("Subject");
        seen.GetProperty("otherSideFollowedUp").GetBoolean().ShouldBeFalse();

        await (await university.PostAsync($"/api/matches/{matchId}/answer", new { answer = "FollowUp" })).ShouldBeOkAsync();
        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/matches/{matchId}/answer", new { answer = "Dismiss" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var after = await enterprise.GetJsonAsync("/api/matches/mine?pageSize=100");
        after.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == matchId)
            .GetProperty("otherSideFollowedUp").GetBoolean().ShouldBeTrue();

        var report = await (await AsAsync(Demo.ZhenhaiBureau)).GetJsonAsync("/api/matches/report?direction=EnterprisesToUniversities");
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("organisationName").GetString() == "宁波甬江新材料科技有限公司");
        var partner = row.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("organisationName").GetString() == "甬城大学");
        partner.GetProperty("followedUp").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var haishu = await (await AsAsync(Demo.HaishuBureau)).GetJsonAsync("/api/matches/report?direction=EnterprisesToUniversities");
        haishu.GetProperty("rows").EnumerateArray().ShouldNotContain(r => r.GetProperty("organisationName").GetString() == "宁波甬江新材料科技有限公司");
    }

    [Fact]
    public async Task A_broker_following_the_field_is_told_of_a_published_challenge_and_nobody_else_learns_what_it_follows()
    {
        await using var broker = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Broker));
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var challengeId = await Challenges.ChallengeRequests.PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromDays(30));

        var notice = await broker.WaitForAsync("notice", n => n.GetProperty("kind").GetString() == "MatchFound"
            && n.GetProperty("values").GetProperty("subjectId").GetString() == challengeId);

        notice.GetProperty("values").GetProperty("subjectKind").GetString().ShouldBe("Challenge");
        var matchId = notice.GetProperty("subjectId").GetString();
        var own = await (await AsAsync(Demo.Broker)).GetJsonAsync("/api/matches/mine?pageSize=100");
        own.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetString() == matchId)
            .GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldContain("FollowsField");
        foreach (var subjectSide in new[] { Demo.ZhenhaiBureau, Demo.CityBureau, Demo.Enterprise })
        {
            var theirs = await (await AsAsync(subjectSide)).GetJsonAsync("/api/matches/mine?pageSize=100");
            theirs.GetProperty("items").EnumerateArray().ShouldNotContain(m => m.GetProperty("counterpartKind").GetString() == "Broker", subjectSide);
            await (await (await AsAsync(subjectSide)).PostAsync($"/api/matches/{matchId}/answer", new { answer = "Dismiss" }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    public static async Task<string> WaitForMatchAsync(HttpClient counterpart, string subjectId)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var mine = await counterpart.GetJsonAsync("/api/matches/mine?pageSize=100");
            if (mine.GetProperty("items").EnumerateArray().FirstOrDefault(m => m.GetProperty("subjectId").GetString() == subjectId) is { ValueKind: JsonValueKind.Object } match)
            {
                return match.GetProperty("id").GetString()!;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"No match for {subjectId} within 30 seconds.");
    }

    private static List<string> Reasons(JsonElement match) =>
        match.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("kind").GetString()}:{string.Join(",", r.GetProperty("values").EnumerateArray().Select(v => v.GetString()))}")
            .ToList();
}
