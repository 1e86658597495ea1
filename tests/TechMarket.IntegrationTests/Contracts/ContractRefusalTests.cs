using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>The forbidden commands of issue 11, over HTTP: each gets a clear problem, and the database shows that nothing
/// at all was written (no event, no document, no claim).</summary>
public sealed class ContractRefusalTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task Terms_that_do_not_hold_together_are_refused_and_nothing_is_drafted()
    {
        var (buyer, seller) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute));
        var sellerId = await OrganisationIdAsync(seller);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        var unbalanced = Terms(Today, 1_000_000m, 800_000m, milestones: [400_000m, 500_000m]);
        (await (await buyer.PostJsonAsync("/api/contracts", new DraftContractRequest(PartySide.Buyer, sellerId, unbalanced)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["milestones"]);
        var technologyAbove = Terms(Today, 1_000_000m, 1_000_000.01m);
        (await (await buyer.PostJsonAsync("/api/contracts", new DraftContractRequest(PartySide.Buyer, sellerId, technologyAbove)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["technologyAmount"]);
        var self = await OrganisationIdAsync(buyer);
        (await (await buyer.PostJsonAsync("/api/contracts", new DraftContractRequest(PartySide.Buyer, self, Terms(Today))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["counterpartyId"]);

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Signing_for_an_organisation_not_party_and_registering_outside_the_seller_s_district_write_nothing()
    {
        var (buyer, seller, outsider, haishu) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.OtherEnterprise), await AsAsync(Demo.HaishuBureau));
        var draft = await DraftAsync(buyer, await OrganisationIdAsync(seller), Terms(Today));
        var signed = await DraftAsync(buyer, await OrganisationIdAsync(seller), Terms(Today));
        await SignAsync(signed, buyer, seller);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await outsider.PostJsonAsync($"/api/contracts/{draft}/sign")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-party");
        await (await haishu.PostJsonAsync($"/api/contracts/{signed}/register", Registration())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await buyer.PostJsonAsync($"/api/contracts/{signed}/sign")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        await (await outsider.PostJsonAsync($"/api/contracts/{draft}/terminate", new ReasonRequest("双方协商一致"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-party");

        (await watch.WritesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Paying_an_unregistered_contract_an_unaccepted_milestone_or_more_than_is_due_writes_nothing()
    {
        var (buyer, seller, zhenhai) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau));
        var signed = await DraftAsync(buyer, await OrganisationIdAsync(seller), Terms(Today));
        await SignAsync(signed, buyer, seller);
        var payable = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today));
        var (unregisteredReceipt, receipt) = (await UploadAsync(buyer, signed, "银行回单.pdf"), await UploadAsync(buyer, payable, "银行回单.pdf"));
        TransferRequest Transfer(decimal amount, Guid file) => new(amount, "CMB20261130", file, Today);
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await buyer.PostJsonAsync($"/api/contracts/{signed}/milestones/1/payments/transfer", Transfer(1_000m, unregisteredReceipt)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        await (await buyer.PostJsonAsync($"/api/contracts/{payable}/milestones/2/payments/transfer", Transfer(1_000m, receipt)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        await (await buyer.PostJsonAsync($"/api/contracts/{payable}/milestones/1/payments/transfer", Transfer(400_000.01m, receipt)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "over-milestone");
        await (await buyer.PostJsonAsync($"/api/contracts/{payable}/milestones/1/payments/transfer", Transfer(1_000m, unregisteredReceipt)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation"); // a receipt of another contract
        await (await seller.PostJsonAsync($"/api/contracts/{payable}/milestones/1/payments/online", new OnlinePaymentRequest(1_000m)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-party"); // the seller does not pay itself
        await (await buyer.PostJsonAsync($"/api/contracts/{payable}/milestones/2/payments/online", new OnlinePaymentRequest(1_000m)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");

        (await watch.WritesAsync()).ShouldBeEmpty();
        // Nothing was started at Stripe for a refused payment either.
        Host.Stripe.Intents.Values.ShouldNotContain(i => i.Intent["metadata"]!["contract_id"]!.GetValue<string>() == payable.ToString());
    }
}
