using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Rounds;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>Rounds, needs submitted into them and the challenges refined from them: the steps most round tests take.</summary>
public static class RoundRequests
{
    public static OpenRoundRequest Round(TechMarketHost host, RoundLevel level = RoundLevel.District, int opensIn = 0, int closesIn = 30)
    {
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        return new OpenRoundRequest($"揭榜挂帅需求征集 {Marker()}", level, today.AddDays(opensIn), today.AddDays(closesIn));
    }

    public static async Task<Guid> OpenAsync(TechMarketHost host, HttpClient bureau, RoundLevel level = RoundLevel.District, int opensIn = 0, int closesIn = 30)
    {
        var opened = await bureau.PostJsonAsync("/api/rounds", Round(host, level, opensIn, closesIn));
        return (await opened.ShouldBeOkAsync<CreatedResource>()).Id;
    }

    /// <summary>A list number no other test run uses: a year and a sequence, e.g. 2417-386.</summary>
    public static string ListNumber() => $"{Random.Shared.Next(2100, 9999)}-{Random.Shared.Next(100, 999)}";

    /// <summary>A need of the poster, drafted and submitted into the round.</summary>
    public static async Task<string> SubmittedIntoAsync(HttpClient poster, Guid round)
    {
        var (id, etag) = await DraftAsync(poster, Content(Marker()));
        await (await poster.PostAsync($"/api/needs/{id}/submit?round={round}", ifMatch: etag)).ShouldBeOkAsync();
        return id;
    }

    /// <summary>A draft challenge refined from one need the poster submitted into the round, its funding confirmed: ready for a list.</summary>
    /// <param name="closesIn">Bidding's deadline from now once listed (30 days unless a test takes it to its close).</param>
    public static async Task<Guid> RefinedChallengeAsync(TechMarketHost host, HttpClient poster, HttpClient bureau, Guid round, TimeSpan? closesIn = null)
    {
        var need = await SubmittedIntoAsync(poster, round);
        await (await bureau.PostAsync($"/api/needs/{need}/accept", new { })).ShouldBeOkAsync();
        return await ChallengeOnAsync(host, poster, bureau, need, closesIn);
    }

    /// <summary>A draft challenge on one accepted need, its funding confirmed by the need's poster.</summary>
    public static async Task<Guid> ChallengeOnAsync(TechMarketHost host, HttpClient poster, HttpClient bureau, string acceptedNeed, TimeSpan? closesIn = null)
    {
        var now = host.Clock.GetUtcNow();
        var draft = await bureau.PostAsync("/api/challenges", Draft(Marker(), [(acceptedNeed, 800000m)], now.AddMinutes(-1), now + (closesIn ?? TimeSpan.FromDays(30))));
        var id = (await draft.ShouldBeOkAsync<CreatedResource>()).Id;
        await (await poster.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        return id;
    }
}
