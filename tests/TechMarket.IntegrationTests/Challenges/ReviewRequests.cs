using System.Net.Http.Json;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>The steps of a review, as the bureau and the experts send them: assign, score, give feedback.</summary>
public static class ReviewRequests
{
    /// <summary>Demo experts none of whose organisations bids on, funds or contracted with the scenarios' parties.</summary>
    public static readonly string[] ConflictFreeExperts =
        ["expert@techmarket.demo", "expert.li@techmarket.demo", "expert.chen@techmarket.demo", "expert.wang@techmarket.demo", "expert.zhou@techmarket.demo"];

    public static async Task<string> ExpertIdAsync(HttpClient expert) =>
        (await expert.GetFromJsonAsync<UserInfo>("/connect/userinfo"))!.Sub;

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
        var labels = (await bureau.GetJsonAsync<List<BidView>>($"/api/challenges/{challengeId}/bids")).ToDictionary(b => b.Id.ToString(), b => b.Label!);
        return [.. bidIds.Select(id => labels[id])];
    }

    public static async Task ScoreAsync(HttpClient expert, string challengeId, string label, int approach, int team, int budget) =>
        await (await expert.PutAsync($"/api/challenges/{challengeId}/bids/{label}/scores", Scores(approach, team, budget))).ShouldBeOkAsync();

    public static async Task FeedbackAsync(HttpClient bureau, string challengeId, string bidId, string reason = "TechnicalApproachWeak") =>
        await (await bureau.PutAsync($"/api/challenges/{challengeId}/bids/{bidId}/feedback", new { reason, comment = "建议补充中试数据" })).ShouldBeOkAsync();

    /// <summary>One of the caller's bids, as its list of bids shows it (narrowed to the bid's challenge: the shared
    /// host's bidders hold more bids than a page).</summary>
    public static async Task<MyBid> MyBidAsync(HttpClient bidder, string bidId)
    {
        var challengeId = (await bidder.GetJsonAsync<BidView>($"/api/bids/{bidId}")).ChallengeId;
        return (await bidder.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={challengeId}")).Items.Single(b => b.Id.ToString() == bidId);
    }

    /// <summary>Every bid of the caller's organisation, page after page.</summary>
    public static async Task<List<MyBid>> AllMyBidsAsync(HttpClient bidder)
    {
        var all = new List<MyBid>();
        for (var page = 1; ; page++)
        {
            var answer = await bidder.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?page={page}&pageSize=100");
            all.AddRange(answer.Items);
            if (answer.Items.Count == 0 || all.Count >= answer.Total)
            {
                return all;
            }
        }
    }

    /// <summary>OpenIddict's userinfo answer (not one of the API's records), as far as the tests read it.</summary>
    public sealed record UserInfo(string Sub);
}
