using System.Net;
using TechMarket.IntegrationTests.Challenges;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>赛马制 to 技术合同 over HTTP: each winning team's contract has the race's funding stages as its milestones, with
/// the amounts the award fixes (the challenge's stage shares of what the team is funded).</summary>
public sealed class HorseRaceContractTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task Each_winning_team_s_contract_has_the_race_s_stages_as_its_milestones()
    {
        var (university, institute) = (await AsAsync(Demo.University), await AsAsync(Institute));
        var third = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, await AsAsync(Demo.CityBureau));
        var awarded = await AwardedChallenge.StartAsync(Host, AsAsync, [university, institute, third], "HorseRace", winners: 2);
        var (enterprise, labels, url) = (awarded.Challenge.Enterprise, awarded.Challenge.Labels, $"/api/challenges/{awarded.Id}/contracts");
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);

        // Each team is funded 700,000; the race's stages release 40 % and 60 % of it: those are the milestone amounts.
        var called = (await enterprise.GetAsync<AwardContracts>(url)).Teams.ToDictionary(t => t.Label);
        called.Keys.Order().ShouldBe(labels.Take(2).Order());
        called.Values.ShouldAllBe(t => t.Funding == 700_000m && t.ContractId == null);
        called[labels[0]].Stages.ShouldBe([new AwardedStage("中期验证", 280_000m), new AwardedStage("最终验收", 420_000m)]);

        // One milestone for the whole amount, or the stages in another order, is not the race's plan: refused, nothing drafted.
        MilestoneTerms[] staged = [new("中期验证报告与样机", 280_000m, today.AddMonths(6)), new("最终验收报告", 420_000m, today.AddMonths(12))];
        var whole = new DraftAwardContractRequest(labels[0], ContractType.Development, 600_000m, [new MilestoneTerms("全部成果", 700_000m, today.AddMonths(12))]);
        (await (await university.PostJsonAsync(url, whole)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["milestones"]);
        var swapped = whole with { Milestones = [staged[1], staged[0]] };
        (await (await university.PostJsonAsync(url, swapped)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["milestones"]);
        (await enterprise.GetAsync<AwardContracts>(url)).Teams.ShouldAllBe(t => t.ContractId == null);

        var first = (await university.PostAsync<CreatedResource>(url, whole with { Milestones = staged })).Id;
        var second = (await institute.PostAsync<CreatedResource>(url, whole with { Label = labels[1], Milestones = staged })).Id;
        foreach (var (id, seller) in new[] { (first, university), (second, institute) })
        {
            var contract = await seller.GetAsync<ContractView>($"/api/contracts/{id}");
            contract.Source.ShouldBe(new ContractSource(ContractOrigin.Challenge, Guid.Parse(awarded.Id)));
            contract.Terms.ContractAmount.ShouldBe(700_000m);
            contract.Milestones.Select(m => (m.Number, m.Deliverable, m.Amount, m.Status))
                .ShouldBe([(1, "中期验证报告与样机", 280_000m, MilestoneStatus.Open), (2, "最终验收报告", 420_000m, MilestoneStatus.Open)]);
        }

        // A winner sees its own team's contract; the funding enterprise, a buyer of both, sees both.
        (await university.GetAsync<AwardContracts>(url)).Teams.Select(t => t.ContractId).Order().ShouldBe([null, first]);
        var both = (await enterprise.GetAsync<AwardContracts>(url)).Teams.ToDictionary(t => t.Label, t => t.ContractId);
        (both[labels[0]], both[labels[1]]).ShouldBe(((Guid?)first, (Guid?)second));
    }
}
