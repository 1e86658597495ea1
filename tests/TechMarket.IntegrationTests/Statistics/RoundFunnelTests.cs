using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Statistics;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>
/// The funnel cut by collection round, on a round of its own with a known small set: 镇海区's round collects three needs
/// (two from 甬江新材料, one from an institute), accepts two, refines both into challenges and lists one. The funnel
/// counts each step and its conversion, and the share from enterprises; another district's officer counts none of them.
/// </summary>
public sealed class RoundFunnelTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task A_round_s_funnel_counts_its_needs_collected_accepted_refined_and_listed_and_the_share_from_enterprises()
    {
        var (enterprise, institute, zhenhai, haishu) =
            (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.HaishuBureau));
        var round = await OpenAsync(Host, zhenhai);
        var listed = await RefinedChallengeAsync(Host, enterprise, zhenhai, round);
        await RefinedChallengeAsync(Host, institute, zhenhai, round);
        await SubmittedIntoAsync(enterprise, round); // collected, never accepted
        await (await zhenhai.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "镇海区揭榜挂帅榜单", [listed]))).ShouldBeOkAsync();

        var funnel = await zhenhai.GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}");

        (funnel.RoundId, funnel.Region, funnel.Collected, funnel.FromEnterprises, funnel.FromEnterprisesPercent).ShouldBe((round, "330211", 3, 2, 67));
        funnel.RoundName.ShouldStartWith("揭榜挂帅需求征集");
        funnel.Stages.Select(s => s.Step).ShouldBe(Enum.GetValues<RoundFunnelStep>());
        funnel.Stages.Select(s => (s.Step, s.Count, s.ConversionPercent, s.OfCollectedPercent)).ShouldBe(
        [
            (RoundFunnelStep.Collected, 3, null, 100m),
            (RoundFunnelStep.Accepted, 2, 66.7m, 66.7m),
            (RoundFunnelStep.Refined, 2, 100m, 66.7m),
            (RoundFunnelStep.Listed, 1, 50m, 33.3m),
            (RoundFunnelStep.Bids, 0, 0m, 0m),
            (RoundFunnelStep.Awarded, 0, null, 0m),
            (RoundFunnelStep.ContractSigned, 0, null, 0m),
            (RoundFunnelStep.Registered, 0, null, 0m),
            (RoundFunnelStep.Paid, 0, null, 0m),
        ]);
        funnel.Stages[1].MedianDaysFromPrevious.ShouldNotBeNull(); // accepted the same test run: a fraction of a day

        // The city reads the same round through its district; 海曙区's officer counts none of 镇海区's needs, and may not ask for them.
        (await (await AsAsync(Demo.CityBureau)).GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}?region=330211")).Collected.ShouldBe(3);
        (await haishu.GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}")).Collected.ShouldBe(0);
        await (await haishu.GetAsync($"/api/statistics/funnel/rounds/{round}?region=330211")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await zhenhai.GetAsync($"/api/statistics/funnel/rounds/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "unknown-round");
        await (await enterprise.GetAsync($"/api/statistics/funnel/rounds/{round}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
