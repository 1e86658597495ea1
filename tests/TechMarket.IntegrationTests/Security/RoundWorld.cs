using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Lists;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// The rounds and lists the access matrix guards: a round of 镇海区's bureau to close, and one whose needs (甬江新材料's)
/// were refined into a challenge ready for a list and into another already published on a list. 海曙区's bureau is the
/// outsider that runs rounds of its own.
/// </summary>
public sealed record RoundWorld(Guid ClosableRound, Guid Round, Guid ListChallenge, Guid List)
{
    public static async Task<RoundWorld> BuildAsync(TechMarketHost host, HttpClient enterprise, HttpClient bureau)
    {
        var closable = await OpenAsync(host, bureau);
        var round = await OpenAsync(host, bureau);
        var ready = await RefinedChallengeAsync(host, enterprise, bureau, round);
        var listed = await RefinedChallengeAsync(host, enterprise, bureau, round);
        var list = await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "镇海区揭榜挂帅榜单", [listed])))
            .ShouldBeOkAsync<Server.Infrastructure.Http.CreatedResource>();
        return new RoundWorld(closable, round, ready, list.Id);
    }
}
