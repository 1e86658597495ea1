using System.Net;
using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Search;

/// <summary>Chinese full-text search on the node's own Lucene index: words found by SmartCn segmentation, public
/// parts only, facets and filters, anonymous for the public kinds, and a rebuild from the events that answers the same.</summary>
public sealed class SearchTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Anyone_finds_a_university_s_profile_by_chinese_words()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());

        var results = await WaitForHitsAsync(anonymous, "/api/search?q=" + Uri.EscapeDataString("集卡调度优化"), 1);

        var hit = results.GetProperty("hits")[0];
        hit.GetProperty("kind").GetString().ShouldBe("Profile");
        hit.GetProperty("organisationName").GetString().ShouldBe("甬城大学");
        results.GetProperty("facets").GetProperty("kind").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ShouldBe(["Profile"]);
    }

    [Fact]
    public async Task A_listed_need_is_found_by_its_public_words_when_signed_in_and_never_by_its_confidential_ones()
    {
        var marker = Marker();
        var secret = $"绝密{Random.Shared.Next(100000, 999999)}号回转窑";
        var content = Content(marker, "海水淡化反渗透膜抗污染涂层", "0403");
        content["publicSummary"] = $"寻求反渗透膜表面亲水抗菌涂层技术，延长海水淡化膜清洗周期 {marker}";
        content["description"] = $"描述里的细节：{secret}";
        content["confidentialDetails"] = $"保密信息：{secret}";
        var needId = await AcceptedAsync(await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), content);
        var signedIn = await AsAsync(Demo.University);
        using var anonymous = Host.CreateBrowser(Host.NextAddress());

        var found = await WaitForHitsAsync(signedIn, $"/api/search?q={Uri.EscapeDataString($"反渗透膜 {marker}")}&kind=Need", 1);

        found.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ShouldBe([needId]);
        var hit = found.GetProperty("hits")[0];
        hit.GetProperty("priceMin").GetDecimal().ShouldBe(500000m);
        hit.GetRawText().ShouldNotContain(secret);
        (await signedIn.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(secret)}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await anonymous.GetJsonAsync($"/api/search?q={Uri.EscapeDataString($"反渗透膜 {marker}")}")).GetProperty("total").GetInt32().ShouldBe(0);
        var filtered = await signedIn.GetJsonAsync($"/api/search?q={Uri.EscapeDataString($"反渗透膜 {marker}")}&field=04&district=330211&priceBand=From1MTo5M");
        filtered.GetProperty("total").GetInt32().ShouldBe(1);
        (await signedIn.GetJsonAsync($"/api/search?q={Uri.EscapeDataString($"反渗透膜 {marker}")}&field=08")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Facets_count_every_hit_by_field_and_district()
    {
        var signedIn = await AsAsync(Demo.Broker);

        var all = await WaitForHitsAsync(signedIn, "/api/search?pageSize=1", 5);

        var facets = all.GetProperty("facets");
        facets.GetProperty("kind").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()).ShouldBe(all.GetProperty("total").GetInt32());
        all.GetProperty("hits").GetArrayLength().ShouldBe(1);
        facets.GetProperty("field").EnumerateArray().ShouldContain(f => f.GetProperty("value").GetString() == "04");
        facets.GetProperty("district").EnumerateArray().ShouldContain(f => f.GetProperty("value").GetString() == "330211");
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
        string[] queries = ["/api/search?q=" + Uri.EscapeDataString("正极材料"), "/api/search?q=" + Uri.EscapeDataString("减速器 精度"), "/api/search?field=04&pageSize=100", "/api/search?kind=Challenge&pageSize=100"];
        await WaitForHitsAsync(admin, queries[0], 1);
        var before = await QuietIndexAsync(admin); // what the tests before this one wrote is in, or the rebuild would add it
        var answers = new List<string>();
        foreach (var query in queries)
        {
            answers.Add(Summary(await admin.GetJsonAsync(query)));
        }

        var rebuild = await admin.PostAsync("/api/search/rebuild");
        rebuild.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        for (var attempt = 0; ; attempt++)
        {
            var status = await admin.GetJsonAsync("/api/search/status");
            if (!status.GetProperty("rebuilding").GetBoolean() && status.GetProperty("indexedThrough").GetInt64() >= before)
            {
                break;
            }

            attempt.ShouldBeLessThan(300, "the rebuild did not catch up within 30 seconds");
            await Task.Delay(100);
        }

        for (var i = 0; i < queries.Length; i++)
        {
            Summary(await admin.GetJsonAsync(queries[i])).ShouldBe(answers[i], queries[i]);
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
            var through = (await admin.GetJsonAsync("/api/search/status")).GetProperty("indexedThrough").GetInt64();
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

    /// <summary>What a search answered: the ids of its page, in a stable order.</summary>
    private static string Summary(JsonElement results) =>
        string.Join(",", results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal));

    private static async Task<JsonElement> WaitForHitsAsync(HttpClient client, string url, int atLeast)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var results = await client.GetJsonAsync(url);
            if (results.GetProperty("total").GetInt32() >= atLeast)
            {
                return results;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"{url} found fewer than {atLeast} within 30 seconds.");
    }
}
