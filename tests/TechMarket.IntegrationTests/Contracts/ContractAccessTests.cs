using System.Net;
using System.Text;
using MiniExcelLibs;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>Who sees what of a contract, broker accruals and the bureau's claim statements.</summary>
public sealed class ContractAccessTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task Each_party_the_registering_bureau_the_other_district_and_an_outsider_see_only_what_they_may()
    {
        var (buyer, seller, zhenhai, haishu, outsider, university) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau),
            await AsAsync(Demo.HaishuBureau), await AsAsync(Demo.OtherEnterprise), await AsAsync(Demo.University));
        var id = await DraftAsync(buyer, await OrganisationIdAsync(seller), Terms(Today));

        (await zhenhai.GetAsync($"/api/contracts/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // a draft is the parties' business
        (await seller.GetAsync<ContractView>($"/api/contracts/{id}")).Status.ShouldBe(ContractStatus.Draft);
        await (await outsider.PostJsonAsync($"/api/contracts/{id}/sign")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-party");
        await SignAsync(id, buyer, seller);
        (await zhenhai.GetAsync<ContractView>($"/api/contracts/{id}")).Status.ShouldBe(ContractStatus.FullySigned);
        (await zhenhai.GetAsync<Server.Infrastructure.Http.Paged<ContractListItem>>("/api/contracts/registrations")).Items.ShouldContain(c => c.Id == id);
        (await haishu.GetAsync<Server.Infrastructure.Http.Paged<ContractListItem>>("/api/contracts/registrations")).Items.ShouldNotContain(c => c.Id == id);
        await (await haishu.PostJsonAsync($"/api/contracts/{id}/register", Registration())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        var registration = Registration();
        await RegisterAsync(zhenhai, id, registration);

        (await (await AsAsync(Demo.CityBureau)).GetAsync<ContractSummary>($"/api/contracts/{id}/summary")).Registration!.Number.ShouldBe(registration.RegistrationNumber);
        foreach (var nobody in new[] { haishu, outsider, university })
        {
            (await nobody.GetAsync($"/api/contracts/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await nobody.GetAsync($"/api/contracts/{id}/summary")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await nobody.GetAsync($"/api/contracts/{id}/certificate")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await outsider.GetAsync<Server.Infrastructure.Http.Paged<ContractListItem>>("/api/contracts/mine")).Items.ShouldNotContain(c => c.Id == id);
        (await seller.GetAsync<Server.Infrastructure.Http.Paged<ContractListItem>>("/api/contracts/mine")).Items.ShouldContain(c => c.Id == id && c.RegistrationNumber == registration.RegistrationNumber);

        var second = await DraftAsync(buyer, await OrganisationIdAsync(seller), Terms(Today));
        await SignAsync(second, buyer, seller);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{second}/register", registration with { TechnologyAmount = 800_000m }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration-number-taken");
        (await zhenhai.GetAsync<ContractView>($"/api/contracts/{second}")).Status.ShouldBe(ContractStatus.FullySigned);
    }

    [Fact]
    public async Task A_broker_accrues_on_each_settled_payment_and_the_bureau_exports_the_claims_as_Excel_and_CSV()
    {
        var (buyer, seller, zhenhai, broker) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.Broker));
        var brokerId = Guid.Parse(await ExpertIdAsync(broker));
        (await buyer.GetAsync<IReadOnlyList<ContractBroker>>("/api/brokers")).ShouldContain(b => b.UserId == brokerId);
        var id = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today, broker: brokerId));
        await DeliverAndAcceptAsync(seller, buyer, id, 2);
        foreach (var (milestone, amount) in new[] { (1, 400_000m), (2, 600_000m) })
        {
            var payment = await TransferAsync(buyer, id, milestone, amount, Today);
            await (await zhenhai.PostJsonAsync($"/api/contracts/{id}/payments/{payment}/confirm")).ShouldBeOkAsync();
        }

        (await buyer.GetAsync<ContractView>($"/api/contracts/{id}")).Status.ShouldBe(ContractStatus.Completed);
        var mine = (await broker.GetAsync<BrokerLedger>("/api/brokers/me/ledger")).Entries.Where(e => e.ContractId == id).ToList();
        mine.Select(e => e.Reward).ShouldBe([9_600m, 6_400m]); // 2 % of 480,000 and of 320,000, the latest first
        (await broker.GetAsync<ContractSummary>($"/api/contracts/{id}/summary")).Broker!.UserId.ShouldBe(brokerId); // the credited broker follows it
        (await broker.GetAsync($"/api/contracts/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // but never reads its payments

        var xlsx = await zhenhai.GetAsync($"/api/brokers/claims?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}&format=Xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true, sheetName: "明细")
            .Cast<IDictionary<string, object>>().Where(r => (string)r["合同名称"] == (mine[0].ContractTitle)).ToList();
        rows.Select(r => Convert.ToDecimal(r["奖励金额(元)"])).ShouldBe([6_400m, 9_600m]);
        var csv = Encoding.UTF8.GetString(await (await zhenhai.GetAsync("/api/brokers/claims?format=Csv")).Content.ReadAsByteArrayAsync());
        csv.ShouldStartWith("\uFEFF技术经纪人,类型,日期,合同名称,登记编号");
        csv.ShouldContain(mine[0].RegistrationNumber);
        var haishuCsv = Encoding.UTF8.GetString(await (await (await AsAsync(Demo.HaishuBureau)).GetAsync("/api/brokers/claims?format=Csv")).Content.ReadAsByteArrayAsync());
        haishuCsv.ShouldNotContain(mine[0].RegistrationNumber);
        (await buyer.GetAsync("/api/brokers/claims")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
