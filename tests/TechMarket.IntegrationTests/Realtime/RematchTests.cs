using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Notifications;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Realtime;

/// <summary>
/// Matching again when the price changes (专利明码标价): a repriced achievement is matched again from the committed
/// event — the enterprise whose need now fits is told once, the pair already known is rescored (its reasons say the new
/// price) and stays one match, and nobody is told twice.
/// </summary>
public sealed class RematchTests(TechMarketHost host) : ApiTest(host)
{
    /// <summary>A topic of its own (fly ash from waste incineration, 飞灰), so the other tests' achievements and needs
    /// neither fit these nor are fitted by them.</summary>
    private static Dictionary<string, object?> FlyAshNeed(string marker)
    {
        var content = Content(marker, "垃圾焚烧飞灰重金属螯合稳定化与水泥窑协同处置", "0703");
        content["publicSummary"] = $"寻求生活垃圾焚烧飞灰重金属螯合稳定化及水洗脱氯后水泥窑协同处置技术，铅镉浸出浓度低于填埋限值 {marker}";
        content["budgetMax"] = 2_000_000m;
        return content;
    }

    private static AchievementContent FlyAsh(string title) => new(
        title, "有机硫螯合剂稳定生活垃圾焚烧飞灰中的铅镉重金属，浸出浓度低于填埋限值；水洗脱氯后进入水泥窑协同处置，二噁英分解率百分之九十九。",
        "0703", 7, [], [TransferMode.Licence, TransferMode.Transfer], 1_500_000m);

    [Fact]
    public async Task A_repriced_achievement_tells_a_new_fit_once_and_rescores_the_known_pair_without_a_second_match()
    {
        var (enterprise, university) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.University));
        await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), FlyAshNeed(Marker()));
        await using var first = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.Enterprise));
        await using var newcomer = await HubClient.ConnectAsync(Host, await SignIn.AccessTokenAsync(Demo.OtherEnterprise));
        var achievementId = (await university.PostAsync<CreatedResource>("/api/achievements", FlyAsh($"飞灰重金属螯合稳定化与水泥窑协同处置 {Marker()}"))).Id.ToString();
        var found = await first.WaitForAsync<NoticeMessage>(HubClient.Notice, n => MatchPushTests.IsMatchFor(n, achievementId));
        var before = await MatchAsync(enterprise, found.SubjectId);
        before.Reasons.ShouldContain(new MatchReason(MatchReasonKind.PriceWithinBudget, ["1500000", "2000000"]));

        // Another enterprise's need, accepted after the publication: only matching the achievement again can find it.
        var other = await AsAsync(Demo.OtherEnterprise);
        var otherNeed = await AcceptedAsync(other, await AsAsync(Demo.HaishuBureau), FlyAshNeed(Marker()));
        // (The matcher waits for its index to hold every event before the repricing, this need's acceptance too.)
        await Reprice(university, achievementId, 2_800_000m);

        var told = await newcomer.WaitForAsync<NoticeMessage>(HubClient.Notice, n => MatchPushTests.IsMatchFor(n, achievementId));
        var fresh = await MatchAsync(other, told.SubjectId);
        (fresh.SubjectId.ToString(), fresh.ItemId?.ToString()).ShouldBe((achievementId, otherNeed));
        fresh.Reasons.ShouldContain(new MatchReason(MatchReasonKind.PriceNearBudget, ["2800000", "2000000"]));
        // The known pair, rescored in the same commit as the new one: one match, its new price fit and a lower score.
        var mine = await MatchesOfAsync(enterprise, achievementId);
        mine.Count.ShouldBe(1);
        mine[0].Id.ShouldBe(before.Id);
        mine[0].Reasons.ShouldContain(new MatchReason(MatchReasonKind.PriceNearBudget, ["2800000", "2000000"]));
        mine[0].Reasons.ShouldNotContain(r => r.Kind == MatchReasonKind.PriceWithinBudget);
        mine[0].Score.ShouldBeLessThan(before.Score);

        // Back within the budget: rescored again, and neither side is told of a pair it already knows.
        await Reprice(university, achievementId, 1_800_000m);
        await Poll.UntilAsync(() => MatchesOfAsync(enterprise, achievementId),
            m => m.Single().Reasons.Contains(new MatchReason(MatchReasonKind.PriceWithinBudget, ["1800000", "2000000"])), "The known pair rescored");
        (await MatchesOfAsync(other, achievementId)).Single().Id.ShouldBe(fresh.Id);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything the repricing's page pushed has arrived by now
        first.Received<NoticeMessage>(HubClient.Notice).Count(n => MatchPushTests.IsMatchFor(n, achievementId)).ShouldBe(1);
        newcomer.Received<NoticeMessage>(HubClient.Notice).Count(n => MatchPushTests.IsMatchFor(n, achievementId)).ShouldBe(1);
    }

    private static async Task Reprice(HttpClient university, string achievementId, decimal price) =>
        await (await university.SendJsonAsync(HttpMethod.Put, $"/api/achievements/{achievementId}/price", new PriceRequest(price, "专利年费调整后重新标价"))).ShouldBeOkAsync();

    private static async Task<MatchView> MatchAsync(HttpClient side, Guid matchId) =>
        (await side.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Single(m => m.Id == matchId);

    private static async Task<List<MatchView>> MatchesOfAsync(HttpClient side, string subjectId) =>
        [.. (await side.GetJsonAsync<Paged<MatchView>>("/api/matches/mine?pageSize=100")).Items.Where(m => m.SubjectId.ToString() == subjectId)];
}
