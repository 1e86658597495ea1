using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Notifications;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Achievements in matching, both ways, from committed events: a published achievement is pushed to the enterprise
/// whose open need it fits (and to no other enterprise), with the need as the match's item and its reasons; a need
/// accepted later is pushed to the university with its achievement as the item. Both sides list and answer the match.
/// </summary>
public sealed class AchievementMatchTests(TechMarketHost host) : ApiTest(host)
{
    /// <summary>A need for something no demo organisation offers: marine diesel exhaust denitration (船用柴油机 SCR 脱硝).</summary>
    private static Dictionary<string, object?> DenitrationNeed(string marker)
    {
        var content = Content(marker, "船用柴油机尾气低温脱硝催化剂", "0702");
        content["publicSummary"] = $"寻求船用柴油机尾气低温选择性催化还原脱硝催化剂，排气温度二百摄氏度以下氮氧化物转化率达到九成 {marker}";
        content["budgetMax"] = 2_000_000m;
        return content;
    }

    private static AchievementContent Denitration(string title) => new(
        title, "锰铈复合氧化物低温选择性催化还原脱硝催化剂，排气温度一百八十摄氏度时氮氧化物转化率百分之九十二，抗硫中毒，适用于船用柴油机尾气。",
        "0702", 7, [], [TransferMode.Licence, TransferMode.Transfer], 1_500_000m);

    [Fact]
    public async Task A_published_achievement_is_pushed_to_the_enterprise_whose_need_it_fits_with_reasons_and_to_no_other()
    {
        var (enterprise, university) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.University));
        var needId = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), DenitrationNeed(Marker()));
        await using var owner = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Enterprise));
        await using var rival = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.OtherEnterprise));
        var title = $"船用低温脱硝催化剂 {Marker()}";

        var achievementId = (await university.PostAsync<CreatedResource>("/api/achievements", Denitration(title))).Id.ToString();

        var notice = await owner.WaitForAsync<NoticeMessage>(HubClient.Notice, n => MatchPushTests.IsMatchFor(n, achievementId));
        notice.Title.ShouldBe(title);
        notice.Values["subjectKind"].ShouldBe(nameof(MatchSubjectKind.Achievement));
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything else the same page pushed has arrived by now
        rival.ReceivedText().ShouldNotContain(achievementId);

        var mine = await enterprise.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100");
        var match = mine.Items.Single(m => m.Id == notice.SubjectId);
        (match.Side, match.SubjectKind, match.CounterpartKind, match.ItemId?.ToString()).ShouldBe(
            (MatchSide.Counterpart, MatchSubjectKind.Achievement, MatchCounterpartKind.Enterprise, needId));
        match.SubjectOrganisationName.ShouldBe("甬城大学");
        match.Reasons.ShouldContain(new MatchReason(MatchReasonKind.SameSubField, ["0702"]));
        match.Reasons.ShouldContain(new MatchReason(MatchReasonKind.PriceWithinBudget, ["1500000", "2000000"]));
        match.Reasons.Single(r => r.Kind == MatchReasonKind.MatchedTerms).Values.ShouldContain("催化剂");

        // The achievement's owner lists the match as its subject's side and follows it up; the enterprise sees that.
        var theirs = (await university.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id == match.Id);
        theirs.Side.ShouldBe(MatchSide.Subject);
        await (await university.PostAsync($"/api/matches/{match.Id}/answer", new { answer = "FollowUp" })).ShouldBeOkAsync();
        (await enterprise.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id == match.Id).OtherSideFollowedUp.ShouldBeTrue();
        var report = await (await AsAsync(Demo.ZhenhaiBureau)).GetJsonAsync<MatchReport>("/api/matches/report?direction=UniversitiesToEnterprises");
        report.Rows.Single(r => r.OrganisationName == "甬城大学").Partners.ShouldContain(p => p.OrganisationName == "宁波甬江新材料科技有限公司");
    }

    [Fact]
    public async Task A_need_accepted_after_an_achievement_is_pushed_to_its_university_with_the_achievement_as_the_item()
    {
        var university = await AsAsync(Demo.University);
        await using var listener = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.University));
        var marker = RealtimeDisclosureTests.Word();
        var title = $"锰铈低温脱硝催化剂 {marker}";
        var achievementId = (await university.PostAsync<CreatedResource>("/api/achievements", Denitration(title))).Id;
        await Poll.UntilAsync(() => university.GetJsonAsync<Server.Modules.Search.SearchResults>($"/api/search?q={marker}"), r => r.Total == 1, "The achievement indexed");

        var needId = await AcceptedAsync(await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), DenitrationNeed(marker));

        var notice = await listener.WaitForAsync<NoticeMessage>(HubClient.Notice, n => MatchPushTests.IsMatchFor(n, needId));
        var match = (await university.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id == notice.SubjectId);
        (match.Side, match.CounterpartName, match.ItemId, match.ItemTitle).ShouldBe((MatchSide.Counterpart, "甬城大学", achievementId, title));
        match.Reasons.ShouldContain(new MatchReason(MatchReasonKind.TrlMeets, ["7", "5"]));
    }
}
