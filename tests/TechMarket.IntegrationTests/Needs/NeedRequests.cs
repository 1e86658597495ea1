using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.IntegrationTests.Needs;

/// <summary>Need payloads and the steps most tests take to reach a state.</summary>
public static class NeedRequests
{
    /// <summary>A valid need; the marker makes it easy to find on shared lists.</summary>
    public static Dictionary<string, object?> Content(string marker, string title = "锂电池正极材料高温循环寿命提升", string field = "0401") => new()
    {
        ["title"] = $"{title} {marker}",
        ["description"] = "高镍正极材料在45℃循环1000次后容量保持率仅78%，需提升至90%以上并兼容现有量产工艺。",
        ["field"] = field,
        ["budgetMin"] = 500000.00m,
        ["budgetMax"] = 1200000.50m,
        ["desiredDelivery"] = "2028-06-30",
        ["publicSummary"] = $"寻求高镍正极材料改性技术 {marker}",
        ["confidentialDetails"] = "现有产线产能3000吨/年，回转窑型号保密。",
    };

    public static string Marker() => "T" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<(string Id, string ETag)> DraftAsync(HttpClient enterprise, Dictionary<string, object?> content)
    {
        var response = await enterprise.PostAsync("/api/needs", content);
        var created = await response.ShouldBeOkAsync<CreatedResource>();
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (created.Id.ToString(), response.ETag());
    }

    public static async Task<(string Id, string ETag)> SubmittedAsync(HttpClient enterprise, Dictionary<string, object?> content)
    {
        var (id, etag) = await DraftAsync(enterprise, content);
        var submitted = await enterprise.PostAsync($"/api/needs/{id}/submit", ifMatch: etag);
        await submitted.ShouldBeOkAsync();
        return (id, submitted.ETag());
    }

    public static async Task<string> AcceptedAsync(HttpClient enterprise, HttpClient bureau, Dictionary<string, object?> content)
    {
        var (id, _) = await SubmittedAsync(enterprise, content);
        await (await bureau.PostAsync($"/api/needs/{id}/accept", new { })).ShouldBeOkAsync();
        return id;
    }
}
