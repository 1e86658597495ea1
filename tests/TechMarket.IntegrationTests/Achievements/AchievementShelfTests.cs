using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Profiles;

namespace TechMarket.IntegrationTests.Achievements;

/// <summary>
/// 优质成果: a university's third list shows its own achievements while they are on the hall, newest first, with what
/// the hall shows everyone — a withdrawn one leaves it, and neither a withdrawal reason nor a repricing reason is told.
/// </summary>
public sealed class AchievementShelfTests(TechMarketHost host) : ApiTest(host)
{
    private static AchievementContent Content(string title, decimal? price, TrialTerms? trial = null) => new(
        title, "基于原子层沉积的高镍正极材料表面包覆技术，45℃循环1000次容量保持率92%，已完成中试。", "0401", 7, [],
        [TransferMode.Licence], price, trial);

    [Fact]
    public async Task A_university_s_third_list_shows_its_published_achievements_and_nothing_private()
    {
        var university = await AsAsync(Demo.University);
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var marker = "优质成果" + Guid.NewGuid().ToString("N")[..6];
        var organisationId = (await university.GetAsync<ThreeLists>("/api/profiles/mine")).OrganisationId;
        var trial = new TrialTerms(6, 800_000m, TransferMode.Licence);
        var priced = (await university.PostAsync<CreatedResource>("/api/achievements", Content($"{marker}包覆", 1_200_000m))).Id;
        var withTrial = (await university.PostAsync<CreatedResource>("/api/achievements", Content($"{marker}先用后转", null, trial))).Id;
        var withdrawn = (await university.PostAsync<CreatedResource>("/api/achievements", Content($"{marker}撤下", 500_000m))).Id;
        await (await university.SendJsonAsync(HttpMethod.Put, $"/api/achievements/{priced}/price", new PriceRequest(900_000m, "价格理由不公开" + marker))).ShouldBeOkAsync();
        await (await university.PostJsonAsync($"/api/achievements/{withdrawn}/withdraw", new ReasonRequest("撤下理由不公开" + marker))).ShouldBeOkAsync();

        var lists = await visitor.GetAsync<ThreeLists>($"/api/profiles/{organisationId}");

        var ours = lists.Achievements.Where(a => a.Title.StartsWith(marker, StringComparison.Ordinal)).ToList();
        ours.ShouldBe([
            new ListedAchievement(withTrial, $"{marker}先用后转", "0401", 7, null, true),
            new ListedAchievement(priced, $"{marker}包覆", "0401", 7, 900_000m, false),
        ]);
        lists.Achievements.ShouldAllBe(a => a.Id != withdrawn);
        var text = await (await visitor.GetAsync($"/api/profiles/{organisationId}")).Content.ReadAsStringAsync();
        text.ShouldNotContain("理由不公开");
        (await university.GetAsync<ThreeLists>("/api/profiles/mine")).Achievements.Select(a => a.Id).ShouldContain(priced);

        // An enterprise's third list is its needs: no achievement of anyone appears on it.
        var enterprise = await (await AsAsync(Demo.Enterprise)).GetAsync<ThreeLists>("/api/profiles/mine");
        enterprise.Achievements.ShouldBeEmpty();
        (await visitor.GetAsync($"/api/profiles/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
