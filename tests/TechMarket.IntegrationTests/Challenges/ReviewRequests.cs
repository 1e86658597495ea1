using System.Text.Json;
using TechMarket.IntegrationTests.Infrastructure;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>Steps from a closed challenge to an award: experts, scores, feedback.</summary>
public static class ReviewRequests
{
    public static readonly string[] ConflictFreeExperts =
        ["expert@techmarket.demo", "expert.li@techmarket.demo", "expert.chen@techmarket.demo", "expert.wang@techmarket.demo", "expert.zhou@techmarket.demo"];

    /// <summary>Publishes a challenge, has each bidder bid, moves the clock past the deadline and waits for the close.</summary>
    public static async Task<(string ChallengeId, string[] BidIds)> ClosedWithBidsAsync(
        TechMarketHost host, HttpClient enterprise, HttpClient bureau, IReadOnlyList<HttpClient> bidders, string mode = "SingleWinner", int winners = 1)
    {
        var id = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1), mode, winners);
        var bidIds = new List<string>();
        foreach (var bidder in bidders)
        {
            bidIds.Add((await (await bidder.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync()).GetProperty("bidId").GetString()!);
        }

        await CloseBiddingAsync(host, bureau, id);
        return (id, bidIds.ToArray());
    }

    public static async Task<string> ExpertIdAsync(HttpClient expert) =>
        (await expert.GetJsonAsync("/connect/userinfo")).GetProperty("sub").GetString()!;

    public static object Scores(int approach, int team, int budget) => new
    {
        scores = new[]
        {
            new { criterion = "approach", score = approach, comment = (string?)"方案论证充分" },
            new { criterion = "team", score = team, comment = (string?)null },
            new { criterion = "budget", score = budget, comment = (string?)null },
        },
    };

    public static async Task AssignAsync(HttpClient bureau, string challengeId, HttpClient expert) =>
        await (await bureau.PostAsync($"/api/challenges/{challengeId}/experts", new { expertId = await ExpertIdAsync(expert) })).ShouldBeOkAsync();

    /// <summary>Experts name bids by their blind labels; the bureau's view of the bids says which label is which bid.</summary>
    public static async Task<string[]> LabelsAsync(HttpClient bureau, string challengeId, IEnumerable<string> bidIds)
    {
        var labels = (await bureau.GetJsonAsync($"/api/challenges/{challengeId}/bids")).EnumerateArray()
            .ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("label").GetString()!);
        return [.. bidIds.Select(id => labels[id])];
    }

    public static async Task ScoreAsync(HttpClient expert, string challengeId, string label, int approach, int team, int budget) =>
        await (await expert.PutAsync($"/api/challenges/{challengeId}/bids/{label}/scores", Scores(approach, team, budget))).ShouldBeOkAsync();

    public static async Task FeedbackAsync(HttpClient bureau, string challengeId, string bidId, string reason = "TechnicalApproachWeak") =>
        await (await bureau.PutAsync($"/api/challenges/{challengeId}/bids/{bidId}/feedback", new { reason, comment = "建议补充中试数据" })).ShouldBeOkAsync();

    public static JsonElement MyBid(JsonElement mine, string bidId) => mine.EnumerateArray().Single(b => b.GetProperty("id").GetString() == bidId);
}
