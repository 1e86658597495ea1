using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Notifications;
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
    public static Dictionary<string, object?> PortNeed(string marker)
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

        var notice = await university.WaitForAsync<NoticeMessage>(HubClient.Notice, n => IsMatchFor(n, needId));
        notice.Title.ShouldContain(marker);
        notice.Sequence.ShouldBeGreaterThan(0);
        await owner.WaitForAsync<NoticeMessage>(HubClient.Notice, n => n.Kind == NoticeKind.NeedAccepted && n.SubjectId.ToString() == needId);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything else the same page pushed has arrived by now
        institute.ReceivedText().ShouldNotContain(needId);
        rival.ReceivedText().ShouldNotContain(needId);
        owner.Received<NoticeMessage>(HubClient.Notice).ShouldNotContain(n => IsMatchFor(n, needId)); // (achievements published meanwhile may match its other needs)

        var matches = await (await AsAsync(Demo.University)).GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
        var match = matches.Items.Single(m => m.SubjectId.ToString() == needId);
        match.Side.ShouldBe(MatchSide.Counterpart);
        match.CounterpartName.ShouldBe("甬城大学");
        match.Reasons.ShouldContain(new MatchReason(MatchReasonKind.SameSubField, ["0103"]));
        match.Reasons.Single(r => r.Kind == MatchReasonKind.MatchedTerms).Values.ShouldContain("集装箱");
        match.Score.ShouldBeGreaterThanOrEqualTo(0.45m);
        notice.SubjectId.ShouldBe(match.Id);
    }

    [Fact]
    public async Task Both_sides_see_the_match_and_answer_it_and_an_outsider_cannot()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var university = await AsAsync(Demo.University);
        var needId = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), PortNeed(Marker()));
        var matchId = await WaitForMatchAsync(university, needId);

        var seen = (await enterprise.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id.ToString() == matchId);
        seen.Side.ShouldBe(MatchSide.Subject);
        seen.OtherSideFollowedUp.ShouldBeFalse();

        await (await university.PostAsync($"/api/matches/{matchId}/answer", new { answer = "FollowUp" })).ShouldBeOkAsync();
        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/matches/{matchId}/answer", new { answer = "Dismiss" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await enterprise.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id.ToString() == matchId)
            .OtherSideFollowedUp.ShouldBeTrue();

        var report = await (await AsAsync(Demo.ZhenhaiBureau)).GetJsonAsync<MatchReport>("/api/matches/report?direction=EnterprisesToUniversities");
        var row = report.Rows.Single(r => r.OrganisationName == "宁波甬江新材料科技有限公司");
        row.Partners.Single(p => p.OrganisationName == "甬城大学").FollowedUp.ShouldBeGreaterThanOrEqualTo(1);
        var haishu = await (await AsAsync(Demo.HaishuBureau)).GetJsonAsync<MatchReport>("/api/matches/report?direction=EnterprisesToUniversities");
        haishu.Rows.ShouldNotContain(r => r.OrganisationName == "宁波甬江新材料科技有限公司");
    }

    [Fact]
    public async Task A_broker_following_the_field_is_told_of_a_published_challenge_and_nobody_else_learns_what_it_follows()
    {
        await using var broker = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Broker));
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var challengeId = await Challenges.ChallengeRequests.PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromDays(30));

        var notice = await broker.WaitForAsync<NoticeMessage>(HubClient.Notice, n => IsMatchFor(n, challengeId));

        notice.Values["subjectKind"].ShouldBe(nameof(MatchSubjectKind.Challenge));
        var own = await (await AsAsync(Demo.Broker)).GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
        own.Items.Single(m => m.Id == notice.SubjectId).Reasons.Select(r => r.Kind).ShouldContain(MatchReasonKind.FollowsField);
        foreach (var subjectSide in new[] { Demo.ZhenhaiBureau, Demo.CityBureau, Demo.Enterprise })
        {
            var theirs = await (await AsAsync(subjectSide)).GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
            theirs.Items.ShouldNotContain(m => m.CounterpartKind == MatchCounterpartKind.Broker, subjectSide);
            await (await (await AsAsync(subjectSide)).PostAsync($"/api/matches/{notice.SubjectId}/answer", new { answer = "Dismiss" }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    public static async Task<string> WaitForMatchAsync(HttpClient counterpart, string subjectId)
    {
        var mine = await Poll.UntilAsync(
            () => counterpart.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100"),
            page => page.Items.Any(m => m.SubjectId.ToString() == subjectId), $"A match for {subjectId}");
        return mine.Items.First(m => m.SubjectId.ToString() == subjectId).Id.ToString();
    }

    public static bool IsMatchFor(NoticeMessage notice, string subjectId) =>
        notice.Kind == NoticeKind.MatchFound && notice.Values.GetValueOrDefault("subjectId") == subjectId;
}
