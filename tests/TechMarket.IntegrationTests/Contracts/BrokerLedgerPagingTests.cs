using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>奖励台账 a page at a time: a broker's lines newest first, pages that never overlap, and the whole ledger's line
/// count and reward total — the same on every page, and what all the pages add up to. The demo broker 孙明, whom no
/// other test credits, so nothing moves the figures while the pages are read.</summary>
public sealed class BrokerLedgerPagingTests(TechMarketHost host) : ApiTest(host)
{
    private const string Broker = "broker.sun@techmarket.demo";

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task A_broker_pages_through_the_ledger_newest_first_with_totals_of_the_whole_ledger()
    {
        var (buyer, seller, zhenhai, broker) = (await AsAsync(Demo.Enterprise), await AsAsync("institute@techmarket.demo"), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Broker));
        var brokerId = Guid.Parse(await ExpertIdAsync(broker));
        var before = await broker.GetAsync<BrokerLedger>("/api/brokers/me/ledger");
        var id = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today, broker: brokerId));
        await DeliverAndAcceptAsync(seller, buyer, id, 2);
        foreach (var (milestone, amount) in new[] { (1, 400_000m), (2, 600_000m) })
        {
            var payment = await TransferAsync(buyer, id, milestone, amount, Today);
            await (await zhenhai.PostJsonAsync($"/api/contracts/{id}/payments/{payment}/confirm")).ShouldBeOkAsync();
        }

        var pages = new List<BrokerLedger>();
        for (var page = 1; page == 1 || pages[^1].Entries.Count > 0; page++)
        {
            pages.Add(await broker.GetAsync<BrokerLedger>($"/api/brokers/me/ledger?page={page}&pageSize=2"));
        }

        var first = pages[0];
        (first.Count, first.Total).ShouldBe((before.Count + 2, before.Total + 16_000m)); // 2 % of 320,000 and of 480,000
        first.Entries.Select(e => (e.ContractId, e.Reward)).ShouldBe([(id, 9_600m), (id, 6_400m)]); // the latest payment first
        var lines = pages.SelectMany(p => p.Entries).ToList();
        pages.ShouldAllBe(p => p.Count == first.Count && p.Total == first.Total && p.PageSize == 2);
        pages.Select(p => p.Page).ShouldBe(Enumerable.Range(1, pages.Count));
        (lines.Count, lines.Select(e => e.Id).Distinct().Count()).ShouldBe(((int)first.Count, (int)first.Count)); // no line twice, none left out
        lines.Sum(e => e.Reward).ShouldBe(first.Total);
        lines.Select(e => e.At).ShouldBeInOrder(SortDirection.Descending);
        var other = await (await AsAsync(Demo.Broker)).GetAsync<BrokerLedger>("/api/brokers/me/ledger?pageSize=100");
        other.Entries.ShouldNotContain(e => e.ContractId == id); // another broker's ledger holds none of these lines
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task A_page_out_of_range_is_a_problem_naming_the_parameter(string query, string field)
    {
        var broker = await AsAsync(Broker);

        var problem = await (await broker.GetAsync($"/api/brokers/me/ledger?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors().ShouldBe([field]);
    }
}
