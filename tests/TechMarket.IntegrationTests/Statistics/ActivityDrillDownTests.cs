using System.Net;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>
/// The report's challenge, voucher, needs, 先用后转 and broker figures over the demo ledger: each opens a statistics list
/// of the same region and days whose length (or amount column) is the figure, a list with nothing in it means no sentence,
/// a derived figure (占GDP比重, 个百分点) opens its inputs — the bureau's reference entry and the amounts' ledgers — and
/// another district's officer is refused every one of them.
/// </summary>
public sealed class ActivityDrillDownTests(TechMarketHost host) : ApiTest(host)
{
    private const string Zhenhai = "330211", Haishu = "330203";

    private int Year => Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;

    private static ReportFigure? Figure(ReportAnswer report, string key) => report.Sentences.SelectMany(s => s.Figures).SingleOrDefault(f => f.Key == key);

    /// <summary>Every activity figure of a report equals the list its address opens; an empty list has no figure.</summary>
    private async Task<ReportAnswer> FiguresEqualTheirListsAsync(HttpClient officer, string? region)
    {
        var report = await officer.GetAsync<ReportAnswer>($"/api/statistics/report?year={Year}" + (region is null ? string.Empty : $"&region={region}"));
        region = report.Region;
        var range = Figure(report, "technologyAmount")!.DrillDown!.Split('?')[1].Split("&measure=")[0];
        range.ShouldStartWith($"region={region}&from=");

        var published = await officer.GetAsync<ChallengesCountedAnswer>($"/api/statistics/challenges?{range}&milestone=Published");
        var awarded = await officer.GetAsync<ChallengesCountedAnswer>($"/api/statistics/challenges?{range}&milestone=Awarded");
        if (published.Count + awarded.Count > 0)
        {
            (await officer.GetAsync<ChallengesCountedAnswer>(Figure(report, "challengesPublished")!.DrillDown!)).ShouldBeEquivalentTo(published);
            Figure(report, "challengesPublished")!.Value.ShouldBe(published.Challenges.Count);
            Figure(report, "bounty")!.Value.ShouldBe(published.Challenges.Sum(c => c.Bounty));
            Figure(report, "challengesAwarded")!.Value.ShouldBe(awarded.Challenges.Count);
            (await officer.GetAsync<ChallengesCountedAnswer>(Figure(report, "challengesAwarded")!.DrillDown!)).Count.ShouldBe(awarded.Count);
            published.Challenges.ShouldAllBe(c => c.District.StartsWith(region == Zhenhai ? Zhenhai : "3302", StringComparison.Ordinal));
        }
        else
        {
            Figure(report, "challengesPublished").ShouldBeNull();
        }

        var vouchers = await officer.GetAsync<VoucherRedemptionsAnswer>($"/api/statistics/vouchers?{range}");
        if (vouchers.EnterpriseTimes > 0)
        {
            (await officer.GetAsync<VoucherRedemptionsAnswer>(Figure(report, "voucherAmount")!.DrillDown!)).ShouldBeEquivalentTo(vouchers);
            Figure(report, "voucherAmount")!.Value.ShouldBe(vouchers.Redemptions.Sum(r => r.Amount));
            Figure(report, "voucherEnterprises")!.Value.ShouldBe(vouchers.Redemptions.Select(r => (r.HolderId, r.ContractId)).Distinct().Count());
        }
        else
        {
            Figure(report, "voucherAmount").ShouldBeNull();
        }

        var needs = await officer.GetAsync<NeedsCollectedAnswer>($"/api/statistics/needs?{range}");
        if (needs.Count > 0)
        {
            (await officer.GetAsync<NeedsCollectedAnswer>(Figure(report, "needsCollected")!.DrillDown!)).ShouldBeEquivalentTo(needs);
            Figure(report, "needsCollected")!.Value.ShouldBe(needs.Needs.Count);
            Figure(report, "needsFromEnterprises")!.Value.ShouldBe(Math.Round(needs.Needs.Count(n => n.FromEnterprise) * 100m / needs.Needs.Count, 0, MidpointRounding.AwayFromZero));
            Figure(report, "needsFromEnterprises")!.DrillDown.ShouldBe(Figure(report, "needsCollected")!.DrillDown);
        }
        else
        {
            Figure(report, "needsCollected").ShouldBeNull();
        }

        var trials = await officer.GetAsync<TrialConversionsAnswer>($"/api/statistics/trials?{range}");
        Figure(report, "trialConversions")?.Value.ShouldBe(trials.Conversions.Count);
        (Figure(report, "trialConversions") is null).ShouldBe(trials.Count == 0);

        var brokered = await officer.GetAsync<LedgerAnswer>($"/api/statistics/ledger?{range}&measure=TechnologyAmount&brokered=true");
        (Figure(report, "brokeredContracts") is null).ShouldBe(brokered.Count == 0);
        if (brokered.Count > 0)
        {
            Figure(report, "brokeredContracts")!.Value.ShouldBe(brokered.Lines.Count);
            Figure(report, "brokeredAmount")!.Value.ShouldBe(brokered.Lines.Sum(l => l.TechnologyAmount));
        }

        return report;
    }

    [Fact]
    public async Task Each_activity_figure_equals_the_list_it_opens_and_derived_figures_open_their_inputs()
    {
        await Host.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(2));
        var (zhenhai, city) = (await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));

        var report = await FiguresEqualTheirListsAsync(zhenhai, Zhenhai);
        Figure(report, "needsCollected").ShouldNotBeNull("the demo's rounds collect needs of 镇海区 this year");
        var cityReport = await FiguresEqualTheirListsAsync(city, null);
        Figure(cityReport, "needsCollected")!.Value.ShouldBeGreaterThanOrEqualTo(Figure(report, "needsCollected")!.Value);

        // 占GDP比重 and 高于工业投资增速N个百分点 open what they are computed from: the demo's reference entry for 镇海区 and
        // the technology amounts of this period and last year's, each with the ledger that sums it.
        var share = Figure(report, "gdpShare").ShouldNotBeNull("the demo enters 镇海区's GDP");
        var inputs = await zhenhai.GetAsync<ReferenceInputsAnswer>(share.DrillDown!);
        var entered = inputs.Entered.ShouldNotBeNull();
        (entered.Region, entered.Year).ShouldBe((Zhenhai, Year));
        inputs.GdpSharePercent.ShouldBe(share.Value);
        inputs.TechnologyAmount.ShouldBe(Figure(report, "technologyAmount")!.Value);
        (await zhenhai.GetAsync<LedgerAnswer>(inputs.TechnologyAmountLedger)).Sum.ShouldBe(inputs.TechnologyAmount);
        (await zhenhai.GetAsync<LedgerAnswer>(inputs.BaseTechnologyAmountLedger)).Sum.ShouldBe(inputs.BaseTechnologyAmount);
        inputs.GdpSharePercent.ShouldBe(Math.Round(inputs.TechnologyAmount / entered.Gdp!.Value * 100m, 2, MidpointRounding.AwayFromZero));
        if (Figure(report, "pointsAboveInvestment") is { } points)
        {
            points.DrillDown.ShouldBe(share.DrillDown);
            inputs.PointsAboveInvestment.ShouldBe(points.Value);
            points.Value.ShouldBe(inputs.GrowthPercent!.Value - entered.IndustrialInvestmentGrowth!.Value);
        }

        // Another district's officer is refused every one of these lists of 镇海区; an enterprise is refused them all.
        var haishu = await AsAsync(Demo.HaishuBureau);
        foreach (var list in new[] { "challenges", "vouchers", "needs", "trials", "reference-figures" })
        {
            await (await haishu.GetAsync($"/api/statistics/{list}?region={Zhenhai}&year={Year}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
            (await haishu.GetAsync($"/api/statistics/{list}?region={Haishu}&year={Year}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await (await (await AsAsync(Demo.Enterprise)).GetAsync($"/api/statistics/{list}?year={Year}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            (await zhenhai.GetAsync($"/api/statistics/{list}?year=1999")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
    }
}
