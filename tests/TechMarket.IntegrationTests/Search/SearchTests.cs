using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Search;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Realtime.RealtimeDisclosureTests;

namespace TechMarket.IntegrationTests.Search;

/// <summary>Chinese full-text search on the node's own Lucene index: words found by SmartCn segmentation, public
/// parts only, for everyone (the market is public), facets and filters, and a rebuild from the events that answers the same.</summary>
public sealed class SearchTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Anyone_finds_a_university_s_profile_by_chinese_words()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());

        var results = await WaitForHitsAsync(anonymous, "/api/search?kind=Profile&q=" + Uri.EscapeDataString("集卡调度优化"), 1);

        var hit = results.Hits[0];
        hit.Kind.ShouldBe(SearchKind.Profile);
        hit.OrganisationName.ShouldBe("甬城大学");
        hit.Id.ShouldBe(hit.OrganisationId); // a profile is found under its organisation's id, how everyone addresses it
        results.Facets.Kind.Select(f => f.Value).ShouldBe([nameof(SearchKind.Profile)]);
    }

    [Fact]
    public async Task A_listed_need_is_found_by_its_public_words_by_anyone_and_never_by_its_confidential_ones()
    {
        // Words of letters only: SmartCn cuts a hex marker into short letter and digit words, and another test's need
        // with the same title and another hex marker could share enough of them to count as a second hit. Three words,
        // so the query's three Chinese words alone (反|渗透|膜, in demo documents too) are short of the share it needs.
        var marker = $"{Word()} {Word()} {Word()}";
        var secret = $"绝密{Random.Shared.Next(100000, 999999)}号回转窑";
        var content = Content(marker, "海水淡化反渗透膜抗污染涂层", "0403");
        content["publicSummary"] = $"寻求反渗透膜表面亲水抗菌涂层技术，延长海水淡化膜清洗周期 {marker}";
        content["description"] = $"描述里的细节：{secret}";
        content["confidentialDetails"] = $"保密信息：{secret}";
        var needId = await AcceptedAsync(await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), content);
        var signedIn = await AsAsync(Demo.University);
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var words = Uri.EscapeDataString($"反渗透膜 {marker}");

        var found = await WaitForHitsAsync(anonymous, $"/api/search?q={words}&kind=Need", 1);

        found.Hits.Select(h => h.Id.ToString()).ShouldBe([needId]);
        found.Hits[0].PriceMin.ShouldBe(500000m);
        found.Hits[0].Snippet.ShouldNotContain(secret);
        (await signedIn.GetJsonAsync<SearchResults>($"/api/search?q={Uri.EscapeDataString(secret)}")).Total.ShouldBe(0);
        (await signedIn.GetJsonAsync<SearchResults>($"/api/search?q={words}")).Total.ShouldBe(1);
        (await signedIn.GetJsonAsync<SearchResults>($"/api/search?q={words}&field=04&district=330211&priceBand=From1MTo5M")).Total.ShouldBe(1);
        (await signedIn.GetJsonAsync<SearchResults>($"/api/search?q={words}&field=08")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Facets_count_every_hit_by_field_and_district()
    {
        var signedIn = await AsAsync(Demo.Broker);

        var all = await WaitForHitsAsync(signedIn, "/api/search?pageSize=1", 5);

        all.Facets.Kind.Sum(f => f.Count).ShouldBe(all.Total);
        all.Hits.Count.ShouldBe(1);
        all.Facets.Field.ShouldContain(f => f.Value == "04");
        all.Facets.District.ShouldContain(f => f.Value == "330211");
    }

    [Fact]
    public async Task Bad_search_parameters_are_a_problem_and_only_operators_see_or_rebuild_the_index()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        await (await anonymous.GetAsync("/api/search?trlMin=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.GetAsync("/api/search?field=99")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.GetAsync("/api/search?q=" + new string('测', 201))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await (await AsAsync(Demo.ZhenhaiBureau)).PostAsync("/api/search/rebuild")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "operators-only");
        await (await (await AsAsync(Demo.University)).GetAsync("/api/search/status")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "operators-only");
    }

    [Fact]
    public async Task A_rebuilt_index_answers_the_same()
    {
        var admin = await AsAsync(Demo.Admin);
        string[] queries = ["/api/search?q=" + Uri.EscapeDataString("正极材料"), "/api/search?q=" + Uri.EscapeDataString("减速器 精度"), "/api/search?field=04", "/api/search?kind=Challenge"];
        await WaitForHitsAsync(admin, queries[0], 1);
        var before = await QuietIndexAsync(admin); // what the tests before this one wrote is in, or the rebuild would add it
        var answers = new List<string>();
        foreach (var query in queries)
        {
            answers.Add(await EveryHitAsync(admin, query));
        }

        var rebuild = await admin.PostAsync("/api/search/rebuild");
        rebuild.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Poll.UntilAsync(() => admin.GetJsonAsync<SearchIndexStatus>("/api/search/status"), s => !s.Rebuilding && s.IndexedThrough >= before,
            "The rebuild catching up");

        for (var i = 0; i < queries.Length; i++)
        {
            (await EveryHitAsync(admin, queries[i])).ShouldBe(answers[i], queries[i]);
        }
    }

    /// <summary>Waits until the node's index has stopped moving (no new event for two seconds: the tests before this
    /// one are done writing) and returns the sequence it stands at.</summary>
    private static async Task<long> QuietIndexAsync(HttpClient admin)
    {
        var last = -1L;
        var quietSince = DateTime.UtcNow;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var through = (await admin.GetJsonAsync<SearchIndexStatus>("/api/search/status")).IndexedThrough;
            if (through != last)
            {
                (last, quietSince) = (through, DateTime.UtcNow);
            }
            else if (DateTime.UtcNow - quietSince >= TimeSpan.FromSeconds(2))
            {
                return through;
            }

            await Task.Delay(200);
        }

        throw new ShouldAssertException("The index kept moving for a minute.");
    }

    /// <summary>Every hit of a search, page by page, as a sorted list of ids. (Not the order: relevance scores count the
    /// index's own statistics, deleted documents included, which a rebuild resets.)</summary>
    private static async Task<string> EveryHitAsync(HttpClient client, string query)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var results = await client.GetJsonAsync<SearchResults>($"{query}&pageSize=100&page={page}");
            ids.AddRange(results.Hits.Select(h => h.Id));
            if (results.Hits.Count == 0 || ids.Count >= results.Total)
            {
                return $"{results.Total}: {string.Join(",", ids.Order())}";
            }
        }
    }

    private static Task<SearchResults> WaitForHitsAsync(HttpClient client, string url, int atLeast) =>
        Poll.UntilAsync(() => client.GetJsonAsync<SearchResults>(url), r => r.Total >= atLeast, $"{atLeast} hits for {url}");
}
