using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Settlement;

/// <summary>Offline payments confirmed by the registering bureau, and innovation vouchers with every refusal.</summary>
public sealed class TransferAndVoucherTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    private DateOnly Today => DateOnly.FromDateTime(Host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task A_bank_transfer_counts_once_the_registering_bureau_confirms_its_receipt()
    {
        var (buyer, seller, zhenhai, haishu) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.HaishuBureau));
        var contractId = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today));
        await (await buyer.PostJsonAsync($"/api/contracts/{contractId}/milestones/2/payments/transfer",
                new TransferRequest(1_000m, "CMB123456", await UploadAsync(buyer, contractId), Today)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition"); // milestone 2 is not accepted
        var paymentId = await TransferAsync(buyer, contractId, 1, 400_000m, Today);

        var queue = await zhenhai.GetAsync<IReadOnlyList<PendingTransfer>>("/api/payments/transfers");
        queue.ShouldContain(t => t.PaymentId == paymentId && t.Amount == 400_000m);
        (await haishu.GetAsync<IReadOnlyList<PendingTransfer>>("/api/payments/transfers")).ShouldNotContain(t => t.PaymentId == paymentId);
        await (await haishu.PostJsonAsync($"/api/contracts/{contractId}/payments/{paymentId}/confirm"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await buyer.PostJsonAsync($"/api/contracts/{contractId}/payments/{paymentId}/confirm")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await zhenhai.PostJsonAsync($"/api/contracts/{contractId}/payments/{paymentId}/confirm")).ShouldBeOkAsync();
        await (await zhenhai.PostJsonAsync($"/api/contracts/{contractId}/payments/{paymentId}/confirm"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "payment-not-open");

        var contract = await seller.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (contract.Milestones[0].Status, contract.Settled, contract.TechnologySettled).ShouldBe((MilestoneStatus.Paid, 400_000m, 320_000m));
        var receipt = contract.Payments.ShouldHaveSingleItem().Transfer.ShouldNotBeNull().Receipt;
        (await zhenhai.GetAsync($"/api/contracts/{contractId}/files/{receipt.FileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await haishu.GetAsync($"/api/contracts/{contractId}/files/{receipt.FileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rejected_receipt_counts_nothing_and_frees_the_amount()
    {
        var (buyer, seller, zhenhai) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau));
        var contractId = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today));
        var paymentId = await TransferAsync(buyer, contractId, 1, 400_000m, Today);
        await (await buyer.PostJsonAsync($"/api/contracts/{contractId}/milestones/1/payments/transfer",
                new TransferRequest(1m, "CMB1", await UploadAsync(buyer, contractId), Today)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "over-milestone");

        await (await zhenhai.PostJsonAsync($"/api/contracts/{contractId}/payments/{paymentId}/reject", new ReasonRequest("账户未见该笔款项"))).ShouldBeOkAsync();

        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (contract.Settled, contract.Payments.Single().Status, contract.Payments.Single().Reason).ShouldBe((0m, PaymentStatus.Rejected, "账户未见该笔款项"));
        await TransferAsync(buyer, contractId, 1, 400_000m, Today);
    }

    [Fact]
    public async Task A_voucher_covers_its_share_once_and_every_fraud_is_refused_without_a_write()
    {
        var (buyer, seller, zhenhai, other) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.OtherEnterprise));
        var enterpriseId = await OrganisationIdAsync(buyer);
        var service = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today, 200_000m, 200_000m, ContractType.Service, milestones: [100_000m, 100_000m]));
        var development = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today));
        var related = await ReadyToPayAsync(buyer, seller, zhenhai, Terms(Today, 200_000m, 200_000m, ContractType.Service, related: true, milestones: [200_000m]));
        var voucher = (await zhenhai.PostAsync<CreatedResource>("/api/vouchers",
            new IssueVoucherRequest(enterpriseId, 60_000m, Today.AddDays(1), [VoucherUse.TechnicalService], 50m))).Id;
        await (await (await AsAsync(Demo.HaishuBureau)).PostJsonAsync("/api/vouchers", new IssueVoucherRequest(enterpriseId, 1m, Today.AddDays(1), [VoucherUse.Consulting], 10m)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        string Pay(Guid contract, int milestone = 1) => $"/api/contracts/{contract}/milestones/{milestone}/payments/voucher";

        var first = await buyer.PostAsync<PaymentOpenedAnswer>(Pay(service), new VoucherPaymentRequest(voucher, 30_000m));
        var again = await buyer.PostAsync<PaymentOpenedAnswer>(Pay(service), new VoucherPaymentRequest(voucher, 30_000m));
        again.PaymentId.ShouldBe(first.PaymentId);
        await (await buyer.PostJsonAsync(Pay(development), new VoucherPaymentRequest(voucher, 1_000m))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "voucher-wrong-type");
        await (await buyer.PostJsonAsync(Pay(related), new VoucherPaymentRequest(voucher, 1_000m))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "related-parties");
        await (await other.PostJsonAsync(Pay(service), new VoucherPaymentRequest(voucher, 1_000m))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await DeliverAndAcceptAsync(seller, buyer, service, 2);
        await (await buyer.PostJsonAsync(Pay(service, 2), new VoucherPaymentRequest(voucher, 50_000.01m))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "voucher-share");
        await (await buyer.PostJsonAsync(Pay(service, 2), new VoucherPaymentRequest(voucher, 30_000.01m))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "voucher-balance");

        var held = await buyer.GetAsync<VoucherView>($"/api/vouchers/{voucher}");
        (held.Balance, held.Redemptions.Count).ShouldBe((30_000m, 1));
        var report = await zhenhai.GetAsync<RedemptionReport>($"/api/vouchers/redemptions?from={Today:yyyy-MM-dd}");
        report.Items.ShouldContain(r => r.Id == first.PaymentId && r.Amount == 30_000m);
        report.EnterprisesServed.ShouldBeGreaterThanOrEqualTo(1);
        report.TotalAmountInWan.ShouldBe(report.TotalAmount / 10_000m);
        (await (await AsAsync(Demo.HaishuBureau)).GetAsync<RedemptionReport>("/api/vouchers/redemptions")).Items.ShouldNotContain(r => r.Id == first.PaymentId);
        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{service}");
        contract.Payments.ShouldHaveSingleItem().Method.ShouldBe(PaymentMethod.Voucher);

        Host.Clock.Advance(TimeSpan.FromDays(2));
        await (await buyer.PostJsonAsync(Pay(service, 2), new VoucherPaymentRequest(voucher, 1_000m))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "voucher-expired");
    }
}
