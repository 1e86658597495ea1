using System.Net;
using TechMarket.IntegrationTests.Challenges;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Statistics;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>
/// The funnel cut by collection round, on a round of its own with a known small set: 镇海区's round collects three needs
/// (two from 甬江新材料, one from an institute), accepts two, refines both into challenges and lists one; the listed one
/// goes on through a bid, the award, its contract signed, registered and a first payment. The funnel counts each step
/// and its conversion, and the share from enterprises; another district's officer counts none of them.
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
        // Bidding closes within the hour: the test takes it to its close, and tokens live a week of the server's clock.
        var listed = await RefinedChallengeAsync(Host, enterprise, zhenhai, round, TimeSpan.FromHours(1));
        await RefinedChallengeAsync(Host, institute, zhenhai, round);
        await SubmittedIntoAsync(enterprise, round); // collected, never accepted
        await (await zhenhai.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "镇海区揭榜挂帅榜单", [listed]))).ShouldBeOkAsync();
        var listedOnly = await zhenhai.GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}");
        listedOnly.Stages.Select(s => s.Count).ShouldBe([3, 2, 2, 1, 0, 0, 0, 0, 0]);

        await ContractedAndPaidAsync(listed.ToString(), enterprise, zhenhai);

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
            (RoundFunnelStep.Bids, 1, 100m, 33.3m),
            (RoundFunnelStep.Awarded, 1, 100m, 33.3m),
            (RoundFunnelStep.ContractSigned, 1, 100m, 33.3m),
            (RoundFunnelStep.Registered, 1, 100m, 33.3m),
            (RoundFunnelStep.Paid, 1, 100m, 33.3m),
        ]);
        funnel.Stages[1].MedianDaysFromPrevious.ShouldNotBeNull(); // accepted the same test run: a fraction of a day

        // The city reads the same round through its district; 海曙区's officer counts none of 镇海区's needs, and may not ask for them.
        (await (await AsAsync(Demo.CityBureau)).GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}?region=330211")).Collected.ShouldBe(3);
        (await haishu.GetAsync<RoundFunnelAnswer>($"/api/statistics/funnel/rounds/{round}")).Collected.ShouldBe(0);
        await (await haishu.GetAsync($"/api/statistics/funnel/rounds/{round}?region=330211")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await zhenhai.GetAsync($"/api/statistics/funnel/rounds/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "unknown-round");
        await (await enterprise.GetAsync($"/api/statistics/funnel/rounds/{round}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>The listed challenge from its list on, through the same steps as every award and contract test: 甬城大学 bids
    /// and wins, the award's contract is signed by both, registered by the city (the seller is in 江北区), its first
    /// milestone delivered, accepted and paid by a bank transfer the city confirms.</summary>
    private async Task ContractedAndPaidAsync(string challengeId, HttpClient enterprise, HttpClient bureau)
    {
        var (university, city) = (await AsAsync(Demo.University), await AsAsync(Demo.CityBureau));
        var closed = await ClosedChallenge.BidOnAsync(Host, challengeId, enterprise, bureau, [university]);
        var awarded = await AwardedChallenge.AwardAsync(Host, AsAsync, closed);
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var contractId = (await university.PostAsync<CreatedResource>($"/api/challenges/{awarded.Id}/contracts", new DraftAwardContractRequest(
            closed.Labels[0], ContractType.Development, 560_000m,
            [new MilestoneTerms("中试验证报告", 300_000m, today.AddMonths(6)), new MilestoneTerms("量产导入与验收", 400_000m, today.AddMonths(12))]))).Id;
        await SignAsync(contractId, enterprise, university);
        await RegisterAsync(city, contractId, Registration(technology: 560_000m));
        await DeliverAndAcceptAsync(university, enterprise, contractId, 1);
        var payment = await TransferAsync(enterprise, contractId, 1, 300_000m, today);
        await (await city.PostJsonAsync($"/api/contracts/{contractId}/payments/{payment}/confirm")).ShouldBeOkAsync();
    }
}
