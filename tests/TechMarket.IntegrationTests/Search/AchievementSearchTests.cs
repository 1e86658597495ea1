using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Search;
using static TechMarket.IntegrationTests.Realtime.RealtimeDisclosureTests;

namespace TechMarket.IntegrationTests.Search;

/// <summary>Achievements on the node's index, fed from their events: found by the Chinese words of their summary, by
/// anyone, with the hall's facets (field, TRL, transfer mode, price band, 先用后转); repriced in place; gone once
/// withdrawn; and nothing another party may not read — the withdrawal reason, a deal's message — is ever found.</summary>
public sealed class AchievementSearchTests(TechMarketHost host) : ApiTest(host)
{
    private static AchievementContent Content(string marker, decimal? price) => new(
        "海上风电叶片前缘侵蚀防护涂层", $"聚氨酯弹性体与石墨烯复合的叶片前缘防护涂层，雨蚀试验寿命提升三倍，已在东海风场挂片验证 {marker}。", "0402", 6,
        [], [TransferMode.Licence, TransferMode.CoDevelopment], price, new TrialTerms(3, 400_000m, TransferMode.Licence));

    [Fact]
    public async Task A_published_achievement_is_found_by_chinese_words_until_it_is_withdrawn_and_its_owner_s_private_words_never()
    {
        var (university, enterprise) = (await AsAsync(Demo.University), await AsAsync(Demo.Enterprise));
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var marker = Word();
        var (dealSecret, withdrawalSecret) = (Word(), Word());
        var id = (await university.PostAsync<CreatedResource>("/api/achievements", Content(marker, 800_000m))).Id;
        var words = Uri.EscapeDataString($"叶片 前缘 涂层 {marker}");

        var found = await WaitForAsync(anonymous, $"/api/search?q={words}", r => r.Total == 1);

        var hit = found.Hits.Single();
        (hit.Kind, hit.Id, hit.OrganisationName, hit.Trl, hit.Price, hit.UseFirstPayLater).ShouldBe((SearchKind.Achievement, id, "甬城大学", 6, 800_000m, true));
        hit.Fields.ShouldBe(["0402"]);
        hit.TransferModes.ShouldBe([TransferMode.Licence, TransferMode.CoDevelopment]);
        found.Facets.TransferMode.Select(f => f.Value).ShouldBe([nameof(TransferMode.CoDevelopment), nameof(TransferMode.Licence)]);
        found.Facets.PriceBand.ShouldBe([new FacetValue(nameof(PriceBand.From500KTo1M), 1)]);
        (await anonymous.GetJsonAsync<SearchResults>($"/api/search?q={words}&kind=Achievement&field=04&trlMin=6&transferMode=Licence&useFirstPayLater=true")).Total.ShouldBe(1);
        (await anonymous.GetJsonAsync<SearchResults>($"/api/search?q={words}&transferMode=Transfer")).Total.ShouldBe(0);
        (await anonymous.GetJsonAsync<SearchResults>($"/api/search?q={words}&trlMin=7")).Total.ShouldBe(0);
        (await anonymous.GetJsonAsync<SearchResults>($"/api/search?q={words}&kind=Need")).Total.ShouldBe(0);

        // Repriced to negotiable (面议): the same document, now in the negotiable band.
        await (await university.SendJsonAsync(HttpMethod.Put, $"/api/achievements/{id}/price", new PriceRequest(null, "改为面议"))).ShouldBeOkAsync();
        await WaitForAsync(anonymous, $"/api/search?q={words}&priceBand=Negotiable", r => r.Total == 1 && r.Hits[0].Price is null);
        // A deal's message is between the enterprise and the university.
        await enterprise.PostAsync<CreatedResource>($"/api/achievements/{id}/deals", new OpenDealRequest($"希望洽谈独占许可 {dealSecret}"));

        await (await university.PostJsonAsync($"/api/achievements/{id}/withdraw", new ReasonRequest($"已独占许可 {withdrawalSecret}"))).ShouldBeOkAsync();

        await WaitForAsync(anonymous, $"/api/search?q={words}", r => r.Total == 0);
        foreach (var secret in new[] { dealSecret, withdrawalSecret, marker })
        {
            (await enterprise.GetJsonAsync<SearchResults>($"/api/search?q={secret}")).Total.ShouldBe(0, secret);
        }
    }

    [Fact]
    public async Task The_demo_achievements_are_in_the_index_negotiable_ones_in_their_own_band()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());

        var membrane = await WaitForAsync(anonymous, "/api/search?kind=Achievement&q=" + Uri.EscapeDataString("反渗透膜 接枝改性"), r => r.Total >= 1);

        membrane.Hits[0].Title.ShouldBe("抗生物污染反渗透膜表面接枝改性");
        membrane.Hits[0].PriceMin.ShouldBeNull();
        membrane.Facets.PriceBand.Select(f => f.Value).ShouldContain(nameof(PriceBand.Negotiable));
    }

    private static Task<SearchResults> WaitForAsync(HttpClient client, string url, Func<SearchResults, bool> done) =>
        Poll.UntilAsync(() => client.GetJsonAsync<SearchResults>(url), done, url);
}
