using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>
/// A challenge whose bidding closed, the known state review scenarios start from: the 镇海区 bureau published it on an
/// accepted need of 甬江新材料 (bounty 1.5 million), each bidder submitted one sealed bid, the deadline passed and the
/// commitments were published. <see cref="BidIds"/> and <see cref="Labels"/> are in the bidders' order.
/// </summary>
public sealed record ClosedChallenge(
    string Id, HttpClient Enterprise, HttpClient Bureau, IReadOnlyList<HttpClient> Bidders, IReadOnlyList<string> BidIds, IReadOnlyList<string> Labels)
{
    public static async Task<ClosedChallenge> StartAsync(
        TechMarketHost host, HttpClient enterprise, HttpClient bureau, IReadOnlyList<HttpClient> bidders, string mode = "SingleWinner", int winners = 1,
        decimal passMark = 0m)
    {
        var id = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromHours(1), mode, winners, passMark);
        return await BidOnAsync(host, id, enterprise, bureau, bidders);
    }

    /// <summary>The same from a challenge already published (e.g. in a round's list) by <paramref name="bureau"/> and funded by
    /// <paramref name="enterprise"/>: each bidder submits one sealed bid, and bidding closes at the deadline.</summary>
    public static async Task<ClosedChallenge> BidOnAsync(
        TechMarketHost host, string id, HttpClient enterprise, HttpClient bureau, IReadOnlyList<HttpClient> bidders)
    {
        var bidIds = new List<string>();
        foreach (var bidder in bidders)
        {
            bidIds.Add((await (await bidder.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>()).BidId.ToString());
        }

        await CloseBiddingAsync(host, bureau, id);
        return new ClosedChallenge(id, enterprise, bureau, bidders, bidIds, await LabelsAsync(bureau, id, bidIds));
    }

    public async Task AssignAsync(IReadOnlyList<HttpClient> experts)
    {
        foreach (var expert in experts)
        {
            await ReviewRequests.AssignAsync(Bureau, Id, expert);
        }
    }

    /// <summary>Assigns each expert, then has each score every bid: <paramref name="scores"/> (bid, expert) gives the
    /// approach, team and budget scores.</summary>
    public async Task ReviewAsync(IReadOnlyList<HttpClient> experts, Func<int, int, (int Approach, int Team, int Budget)> scores)
    {
        await AssignAsync(experts);

        for (var bid = 0; bid < BidIds.Count; bid++)
        {
            for (var expert = 0; expert < experts.Count; expert++)
            {
                var (approach, team, budget) = scores(bid, expert);
                await ScoreAsync(experts[expert], Id, Labels[bid], approach, team, budget);
            }
        }
    }
}

/// <summary>
/// The same challenge awarded (proposed, in publicity for its day, then final): three conflict-free experts scored the bids in the bidders' order, best first (9-8-7, then
/// 6-7-8, then 5-5-5), every bid that does not win got feedback, and the bureau awarded it — a single winner, or the top
/// <c>winners</c> of a horse race. Where 市场判题, the bidders' results and the stage gates start.
/// </summary>
public sealed record AwardedChallenge(ClosedChallenge Challenge, int Winners)
{
    private static readonly (int, int, int)[] ScoresByRank = [(9, 8, 7), (6, 7, 8), (5, 5, 5)];

    public string Id => Challenge.Id;

    public static async Task<AwardedChallenge> StartAsync(
        TechMarketHost host, Func<string, Task<HttpClient>> signIn, IReadOnlyList<HttpClient> bidders, string mode = "SingleWinner", int winners = 1)
    {
        var closed = await ClosedChallenge.StartAsync(host, await signIn(ApiTest.Demo.Enterprise), await signIn(ApiTest.Demo.ZhenhaiBureau), bidders, mode, winners);
        return await AwardAsync(host, signIn, closed, winners);
    }

    /// <summary>The same from a closed challenge of 甬江新材料 and the 镇海区 bureau however it was published (e.g. in a round's list).</summary>
    public static async Task<AwardedChallenge> AwardAsync(TechMarketHost host, Func<string, Task<HttpClient>> signIn, ClosedChallenge closed, int winners = 1)
    {
        await closed.ReviewAsync(await Task.WhenAll(ConflictFreeExperts.Take(3).Select(signIn)), (bid, _) => ScoresByRank[bid]);
        foreach (var loser in closed.BidIds.Skip(winners))
        {
            await FeedbackAsync(closed.Bureau, closed.Id, loser);
        }

        await (await closed.Bureau.PostAsync($"/api/challenges/{closed.Id}/award")).ShouldBeOkAsync();
        await FinaliseAsync(host, closed.Bureau, closed.Id);
        return new AwardedChallenge(closed, winners);
    }

    /// <summary>Moves the server's clock past the proposed award's publicity (公示) and makes the award final.</summary>
    public static async Task FinaliseAsync(TechMarketHost host, HttpClient bureau, string id)
    {
        host.Clock.AdvanceTo((await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).PublicityEndsAt!.Value.AddSeconds(1));
        await (await bureau.PostAsync($"/api/challenges/{id}/award/final")).ShouldBeOkAsync();
    }
}
