using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.IntegrationTests.Rounds;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Rounds;
using static TechMarket.IntegrationTests.Security.AccessFixture;

namespace TechMarket.IntegrationTests.Security;

/// <summary>The matrix entries of collection rounds, the bureaus' collection policy, published lists and the rounds'
/// reports (<see cref="RoundWorld"/>). 海曙区's bureau opens rounds and sets the policy of its own, so it is answered there.</summary>
public static partial class AccessMatrix
{
    private static IEnumerable<Entry> RoundEntries() =>
    [
        // Far ahead: other tests move the server's clock weeks past the real date.
        Send("POST", "/api/rounds/", Demo("bureau.zhenhai"), Created, _ => "/api/rounds",
            _ => Typed.Body(new OpenRoundRequest("镇海区揭榜挂帅需求征集", RoundLevel.District, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(400), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(440))),
            [Haishu]),
        Send("POST", "/api/rounds/{id:guid}/close", Demo("bureau.zhenhai"), NoContent, f => $"/api/rounds/{f.Rounds.ClosableRound}/close",
            _ => Typed.Body(new CloseRoundRequest("征集数量已满，提前截止"))),
        Send("PUT", "/api/rounds/standing-collection", Demo("bureau.zhenhai"), NoContent, _ => "/api/rounds/standing-collection",
            _ => Typed.Body(new StandingCollectionRequest(true)), [Haishu]),
        Get("/api/rounds/standing-collection", Demo("bureau.zhenhai"), _ => "/api/rounds/standing-collection", [Haishu]),
        Get("/api/rounds/", Callers.Anonymous, _ => "/api/rounds", [.. SignedIn, Callers.Anonymous]),
        Get("/api/rounds/{id:guid}", Callers.Anonymous, f => $"/api/rounds/{f.Rounds.Round}", [.. SignedIn, Callers.Anonymous]),
        Get("/api/rounds/{id:guid}/report", Demo("bureau.zhenhai"), f => $"/api/rounds/{f.Rounds.Round}/report"),
        // 需求导入: only the bureau that runs the round (海曙区's officer gets 403 not-your-round).
        Send("POST", "/api/rounds/{id:guid}/needs/import", Demo("bureau.zhenhai"), Ok, f => $"/api/rounds/{f.Rounds.Round}/needs/import",
            _ => NeedImportRequests.Upload(NeedImportRequests.Workbook([NeedImportRequests.Row(NeedImportRequests.Yongjiang, $"导入需求 {Needs.NeedRequests.Marker()}")]))),
        Get("/api/rounds/{id:guid}/needs/import-template", Demo("bureau.zhenhai"), f => $"/api/rounds/{f.Rounds.Round}/needs/import-template"),
        Send("POST", "/api/lists/", Demo("bureau.zhenhai"), Created, _ => "/api/lists",
            f => Typed.Body(new PublishListRequest(f.Rounds.Round, Rounds.RoundRequests.ListNumber(), "镇海区揭榜挂帅榜单", [f.Rounds.ListChallenge]))),
        Get("/api/lists/", Callers.Anonymous, _ => "/api/lists", [.. SignedIn, Callers.Anonymous]),
        Get("/api/lists/{id:guid}", Callers.Anonymous, f => $"/api/lists/{f.Rounds.List}", [.. SignedIn, Callers.Anonymous]),
    ];
}
