using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Notifications;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>The run command's demo world has the money path in every state a newcomer should see, and its parties have
/// been told of it.</summary>
public sealed class DemoSettlementTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_demo_has_contracts_of_every_type_and_state_vouchers_a_trial_a_deal_and_broker_rewards()
    {
        var city = await AsAsync(Demo.CityBureau);
        var statuses = new HashSet<ContractStatus>();
        foreach (var status in new[] { ContractStatus.FullySigned, ContractStatus.Registered, ContractStatus.Completed, ContractStatus.Terminated })
        {
            if ((await city.GetAsync<Paged<ContractListItem>>($"/api/contracts/registrations?status={status}&pageSize=100")).Total > 0)
            {
                statuses.Add(status);
            }
        }

        statuses.Count.ShouldBe(4);
        var enterprise = await AsAsync(Demo.Enterprise);
        var mine = (await enterprise.GetAsync<Paged<ContractListItem>>("/api/contracts/mine?pageSize=100")).Items;
        mine.ShouldContain(c => c.Status == ContractStatus.Draft);
        var types = new HashSet<ContractType>(mine.Select(c => c.Type));
        foreach (var account in new[] { "enterprise.beilun@techmarket.demo", "enterprise.cixi@techmarket.demo", "enterprise.yinzhou@techmarket.demo" })
        {
            types.UnionWith((await (await AsAsync(account)).GetAsync<Paged<ContractListItem>>("/api/contracts/mine")).Items.Select(c => c.Type));
        }

        types.Count.ShouldBe(5);
        (await enterprise.GetAsync<IReadOnlyList<VoucherView>>("/api/vouchers/mine")).ShouldContain(v => v.Redemptions.Count > 0);
        (await city.GetAsync<IReadOnlyList<PendingTransfer>>("/api/payments/transfers")).ShouldNotBeEmpty();
        (await (await AsAsync(Demo.Broker)).GetAsync<BrokerLedger>("/api/brokers/me/ledger")).Total.ShouldBeGreaterThan(0m);
        (await (await AsAsync("broker.sun@techmarket.demo")).GetAsync<BrokerLedger>("/api/brokers/me/ledger")).Entries.ShouldNotBeEmpty();
        (await (await AsAsync("enterprise.cixi@techmarket.demo")).GetAsync<Paged<TrialView>>("/api/trials/mine?pageSize=100")).Items.ShouldContain(t => t.Status == TrialStatus.Active);
        (await (await AsAsync(Demo.OtherEnterprise)).GetAsync<Paged<DealView>>("/api/deals/mine?pageSize=100")).Items.ShouldContain(d => d.Proposals.Count > 0);
        (await enterprise.GetAsync<Paged<AchievementView>>("/api/achievements?trial=true")).Items.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_demo_contracts_told_their_parties_as_live_ones_do()
    {
        var institute = await AsAsync("institute@techmarket.demo"); // the seller of a draft and of a completed contract
        NoticeKind[] contractKinds = [NoticeKind.SignatureRequested, NoticeKind.MilestoneAccepted, NoticeKind.PaymentReceived];

        await Poll.UntilAsync(async () => (await NoticeList.AllAsync(institute)).Select(n => n.Kind).ToHashSet(), told => told.IsSupersetOf(contractKinds),
            "The demo institute's signature request, accepted milestone and payment received");
    }
}
