using System.Text.Json;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

/// <summary>出资与验收 (zh-CN) and the broker's reward ledger (English) page through the server. The demo enterprise funds
/// three challenges; the 镇海 bureau drafts three more on new needs of it (through the API, with the signed-in people's
/// own tokens), so at five a page there are two pages: the newest draft leads the first, the second holds none of the
/// first's, and the total is the server's.</summary>
[Collection(WebCollection.Name)]
public sealed class FundingAndLedgerPagingScreensTests(WebHost host)
{
    [Fact]
    public async Task The_enterprise_pages_through_the_challenges_it_funds_five_at_a_time()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        await using var bureau = await Person.SignInAsync(host, "bureau.zhenhai@techmarket.demo");
        var newest = string.Empty;
        for (var i = 0; i < 3; i++)
        {
            newest = await DraftOnANewNeedAsync(enterprise, bureau);
        }

        var page = enterprise.Page;
        await enterprise.GoAsync("/enterprise/challenges");
        await page.GetByRole(AriaRole.Heading, new() { Name = "出资与验收" }).WaitForAsync();
        var first = await ServerPaging.PageThroughAsync(enterprise, "/api/challenges/funded", page.Locator(".ant-card-head-title a[href^='/challenges/']"));
        first[0].ShouldBe(newest); // newest first
        await enterprise.CheckAccessibilityAsync("funding and results, second page");
    }

    [Fact]
    public async Task The_broker_s_ledger_pages_through_the_server_in_English_with_the_server_s_totals()
    {
        await using var broker = await Person.SignInAsync(host, "broker@techmarket.demo", "en");
        var page = broker.Page;
        // The server's count is asked for on its own: reading the body of the page's own ledger response once hung the
        // test host (the broker lands on /broker when signing in, so the response caught could be the previous
        // document's, whose body Chromium never finishes once the page reloads, and Playwright's body read has no timeout).
        await broker.GoAsync("/broker");
        var count = (await ApiAsync(broker, "GET", "/api/brokers/me/ledger?page=1&pageSize=20", null)).Json.GetProperty("count").GetInt64();
        await page.GetByRole(AriaRole.Heading, new() { Name = "My reward ledger" }).WaitForAsync();

        await broker.ExpectTextAsync($"Entries: {count}");
        await page.Locator(".ant-pagination-total-text").Filter(new() { HasText = $"{count} in all" }).WaitForAsync();
        await page.RunAndWaitForResponseAsync(
            () => broker.PickAsync(page.Locator(".ant-pagination-options .ant-select"), "5 / page"),
            r => r.Url.Contains("/api/brokers/me/ledger", StringComparison.Ordinal) && r.Url.Contains("pageSize=5", StringComparison.Ordinal));

        count.ShouldBeGreaterThan(0);
        (await page.Locator(".ant-table-tbody tr.ant-table-row").CountAsync()).ShouldBe((int)Math.Min(count, 5));
        await broker.ExpectTextAsync($"Entries: {count}");
        await broker.CheckAccessibilityAsync("broker ledger paged (en)");
    }

    /// <summary>A new accepted need of the enterprise and a draft challenge the bureau builds on it (which the enterprise
    /// is asked to fund); returns the draft's title.</summary>
    private async Task<string> DraftOnANewNeedAsync(Person enterprise, Person bureau)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var need = await ApiAsync(enterprise, "POST", "/api/needs", new Dictionary<string, object?>
        {
            ["title"] = $"正极材料包覆工艺优化 {marker}", ["description"] = "高镍正极材料在45℃循环1000次后容量保持率仅78%，需提升至90%以上。",
            ["field"] = "0401", ["budgetMin"] = 500000m, ["budgetMax"] = 1200000m, ["desiredDelivery"] = "2028-06-30",
            ["publicSummary"] = $"寻求正极材料包覆技术 {marker}", ["confidentialDetails"] = "产线参数保密。",
        });
        var needId = need.Json.GetProperty("id").GetString()!;
        await ApiAsync(enterprise, "POST", $"/api/needs/{needId}/submit", null, need.ETag);
        await ApiAsync(bureau, "POST", $"/api/needs/{needId}/accept", new { });
        var now = host.Clock.GetUtcNow();
        var title = $"正极材料包覆工艺揭榜 {marker}";
        await ApiAsync(bureau, "POST", "/api/challenges", new Dictionary<string, object?>
        {
            ["title"] = title, ["publicSummary"] = $"正极材料包覆工艺 {marker}", ["confidentialDetails"] = "包覆温度窗口保密。",
            ["requirements"] = "45℃循环1000次容量保持率≥90%。", ["field"] = "0401",
            ["needs"] = new[] { new { needId, amount = 1000000m } }, ["governmentSubsidy"] = 500000m,
            ["opensAt"] = now.AddMinutes(-1), ["closesAt"] = now.AddDays(30),
            ["criteria"] = new[] { new { key = "approach", name = "技术方案", weight = 60 }, new { key = "team", name = "团队实力", weight = 40 } },
            ["eligibility"] = new { kinds = new[] { "University", "Institute" }, districts = Array.Empty<string>() },
            ["mode"] = "SingleWinner", ["winnerCount"] = 1, ["ndaTerms"] = "揭榜方对保密信息负有保密义务。", ["passMark"] = 0m,
        });
        return title;
    }

    /// <summary>A request to the API from the person's page, with the access token the web app holds for them.</summary>
    private static async Task<(JsonElement Json, string? ETag)> ApiAsync(Person person, string method, string path, object? body, string? ifMatch = null)
    {
        var answer = await person.Page.EvaluateAsync<JsonElement>(
            """
            async ([method, path, body, ifMatch]) => {
              const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
              const headers = { Authorization: `Bearer ${JSON.parse(sessionStorage.getItem(key)).access_token}` };
              if (body !== null) headers['Content-Type'] = 'application/json';
              if (ifMatch) headers['If-Match'] = ifMatch;
              const response = await fetch(path, { method, headers, body: body === null ? undefined : body, signal: AbortSignal.timeout(30_000) });
              return { status: response.status, etag: response.headers.get('ETag'), text: await response.text() };
            }
            """,
            new object?[] { method, path, body is null ? null : JsonSerializer.Serialize(body, Json), ifMatch });
        var status = answer.GetProperty("status").GetInt32();
        var text = answer.GetProperty("text").GetString()!;
        (status is >= 200 and < 300).ShouldBeTrue($"{method} {path}: {status} {text}");
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (json, answer.GetProperty("etag").GetString());
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
