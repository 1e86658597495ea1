using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Search;
using static TechMarket.IntegrationTests.Realtime.RealtimeDisclosureTests;

namespace TechMarket.IntegrationTests.Achievements;

/// <summary>A suspended organisation's achievements leave the public hall and the search index, and no deal or trial
/// starts on them, until the bureau reinstates it — then they are back as they were.</summary>
public sealed class SuspendedOwnerTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_suspended_organisation_s_achievements_leave_the_hall_and_the_index_and_take_no_new_deals_until_it_is_reinstated()
    {
        var city = await AsAsync(Demo.CityBureau);
        var university = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city);
        var organisationId = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var enterprise = await AsAsync(Demo.OtherEnterprise);
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var marker = Word();
        // Words of its own only: the index is the run's, and other tests' matching weighs every word it holds.
        var id = (await university.PostAsync<CreatedResource>("/api/achievements", new AchievementContent(
            $"停权测试成果 {marker}", $"仅供停权测试 {marker} {Word()}", "0603", 5, [], [TransferMode.Licence], 600_000m,
            new TrialTerms(3, 300_000m, TransferMode.Licence)))).Id;
        var search = $"/api/search?q={marker}";
        await SearchedAsync(anonymous, search, 1);
        (await HallAsync(anonymous, marker)).ShouldBe([id]);

        await (await city.PostAsync($"/api/organisations/{organisationId}/suspend", new { reason = "涉嫌虚假登记" })).ShouldBeOkAsync();

        (await HallAsync(anonymous, marker)).ShouldBeEmpty();
        await (await anonymous.GetAsync($"/api/achievements/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await city.GetJsonAsync<AchievementView>($"/api/achievements/{id}")).Id.ShouldBe(id); // its bureau still reads it
        await SearchedAsync(anonymous, search, 0);
        await (await enterprise.PostAsync($"/api/achievements/{id}/deals", new OpenDealRequest("希望洽谈普通许可")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "party-suspended");
        await (await enterprise.PostAsync($"/api/achievements/{id}/trials")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "party-suspended");

        await (await city.PostAsync($"/api/organisations/{organisationId}/reinstate")).ShouldBeOkAsync();

        (await HallAsync(anonymous, marker)).ShouldBe([id]);
        await SearchedAsync(anonymous, search, 1);
        (await enterprise.PostAsync<CreatedResource>($"/api/achievements/{id}/deals", new OpenDealRequest("希望洽谈普通许可"))).Id.ShouldNotBe(Guid.Empty);
    }

    /// <summary>The second node never polls the revocation log here, so the university's token still passes there after
    /// the suspension: what refuses it is each command's own read of its organisation (its achievement's, its deal's), and
    /// nothing is written.</summary>
    [Fact]
    public async Task A_suspended_university_cannot_publish_reprice_or_withdraw_its_achievement_nor_propose_deal_terms_even_where_its_token_still_passes()
    {
        await using var secondNode = new SecondNode(Host, revocationPoll: TimeSpan.FromHours(1));
        var city = await AsAsync(Demo.CityBureau);
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var email = await Infrastructure.Organisations.RegisterApprovedUniversityAsync(anonymous, city);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        using var university = secondNode.CreateApiClient((await Accounts.TokensAsync(browser, email, Infrastructure.Organisations.Password)).AccessToken!);
        var organisationId = (await university.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;
        var id = (await university.PostAsync<CreatedResource>("/api/achievements", Achievement(Word()))).Id;
        var before = await university.GetJsonAsync<AchievementView>($"/api/achievements/{id}");
        var deal = (await (await AsAsync(Demo.OtherEnterprise)).PostAsync<CreatedResource>($"/api/achievements/{id}/deals", new OpenDealRequest("希望洽谈普通许可"))).Id;

        await (await city.PostAsync($"/api/organisations/{organisationId}/suspend", new { reason = "涉嫌虚假登记" })).ShouldBeOkAsync();

        await (await university.PostAsync("/api/achievements", Achievement(Word()))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
        await (await university.PutAsync($"/api/achievements/{id}/price", new PriceRequest(450_000m, "停权期间降价")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
        await (await university.PostAsync($"/api/achievements/{id}/withdraw", new ReasonRequest("停权期间下架")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        await (await university.PostAsync($"/api/deals/{deal}/proposals", Contracts.ContractRequests.Terms(today, type: ContractType.Licence)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "organisation-suspended");

        // Nothing written: its one achievement as it was (its bureau reads it), no second one, no price change, not withdrawn,
        // no proposal on the deal.
        var after = await city.GetJsonAsync<AchievementView>($"/api/achievements/{id}");
        (after.AskingPrice, after.PriceHistory.Count, after.Withdrawn, after.UpdatedAt).ShouldBe((before.AskingPrice, 1, false, before.UpdatedAt));
        (await university.GetJsonAsync<Paged<AchievementView>>("/api/achievements/mine")).Items.Select(a => a.Id).ShouldBe([id]);
        (await university.GetJsonAsync<DealView>($"/api/deals/{deal}")).Proposals.ShouldBeEmpty();
    }

    private static AchievementContent Achievement(string marker) => new(
        $"停权命令测试成果 {marker}", $"仅供停权命令测试 {marker}", "0603", 5, [], [TransferMode.Licence], 600_000m, null);

    private static async Task<List<Guid>> HallAsync(HttpClient client, string marker) =>
        [.. (await client.GetJsonAsync<Paged<AchievementView>>($"/api/achievements?q={marker}")).Items.Select(a => a.Id)];

    private static Task<SearchResults> SearchedAsync(HttpClient client, string url, int total) =>
        Poll.UntilAsync(() => client.GetJsonAsync<SearchResults>(url), r => r.Total == total, $"{url} finding {total}");
}
