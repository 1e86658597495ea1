using System.Net;
using TechMarket.IntegrationTests.Contracts;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Settlement;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;

namespace TechMarket.IntegrationTests.Settlement;

/// <summary>Stripe's webhook as Stripe really behaves: events repeated, out of order, and forged or stale ones sent by
/// others. No path counts a payment twice.</summary>
public sealed class StripeWebhookTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    /// <summary>A contract between 甬江新材料 and 东海新材料研究院 (both 镇海区) with milestone 1 accepted and an online payment opened.</summary>
    private async Task<(HttpClient Buyer, Guid ContractId, OnlinePaymentStarted Payment)> OpenedAsync()
    {
        var (buyer, seller, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau));
        var contractId = await ReadyToPayAsync(buyer, seller, bureau, Terms(DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime)));
        var payment = await buyer.PostAsync<OnlinePaymentStarted>($"/api/contracts/{contractId}/milestones/1/payments/online", new OnlinePaymentRequest(400_000m));
        return (buyer, contractId, payment);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_confirms_the_payment_once()
    {
        var (buyer, contractId, payment) = await OpenedAsync();
        var payload = StripeStandIn.Event("evt_" + Guid.NewGuid().ToString("N")[..24], "payment_intent.succeeded",
            Host.Stripe.Intent(payment.PaymentIntentId, "succeeded"), Host.Clock.GetUtcNow());

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StripeWebhooks.SendRawAsync(Host, payload)));
        var again = await (await StripeWebhooks.SendRawAsync(Host, payload)).ReadAsync<StripeWebhookAnswer>();

        (await Task.WhenAll(answers.Select(a => a.ReadAsync<StripeWebhookAnswer>()))).Count(a => !a.Duplicate).ShouldBe(1);
        again.Duplicate.ShouldBeTrue();
        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (contract.Settled, contract.TechnologySettled, contract.Milestones[0].Status).ShouldBe((400_000m, 320_000m, MilestoneStatus.Paid));
    }

    [Fact]
    public async Task A_refund_before_its_success_and_a_success_after_it_leave_the_payment_refunded_and_nothing_counted()
    {
        var (buyer, contractId, payment) = await OpenedAsync();

        await (await StripeWebhooks.SendAsync(Host, "charge.refunded", Host.Stripe.RefundedCharge(payment.PaymentIntentId, 40_000_000))).ShouldBeOkAsync();
        await (await StripeWebhooks.SendAsync(Host, "payment_intent.succeeded", Host.Stripe.Intent(payment.PaymentIntentId, "succeeded"))).ShouldBeOkAsync();

        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}");
        var recorded = contract.Payments.ShouldHaveSingleItem();
        (recorded.Status, recorded.Refunded).ShouldBe((PaymentStatus.Confirmed, 400_000m));
        (contract.Settled, contract.TechnologySettled, contract.Milestones[0].Status).ShouldBe((0m, 0m, MilestoneStatus.Accepted));
    }

    [Fact]
    public async Task A_refund_after_the_success_reverses_the_technology_value_and_reopens_the_milestone()
    {
        var (buyer, contractId, payment) = await OpenedAsync();
        await (await StripeWebhooks.SendAsync(Host, "payment_intent.succeeded", Host.Stripe.Intent(payment.PaymentIntentId, "succeeded"))).ShouldBeOkAsync();

        await (await StripeWebhooks.SendAsync(Host, "charge.refunded", Host.Stripe.RefundedCharge(payment.PaymentIntentId, 10_000_000))).ShouldBeOkAsync();

        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (contract.Settled, contract.TechnologySettled, contract.Milestones[0].Status).ShouldBe((300_000m, 240_000m, MilestoneStatus.Accepted));
        (await buyer.PostJsonAsync($"/api/contracts/{contractId}/milestones/1/payments/online", new OnlinePaymentRequest(100_000.01m)))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_forged_signature_or_an_old_timestamp_is_refused_and_changes_nothing()
    {
        var (buyer, contractId, payment) = await OpenedAsync();
        var now = Host.Clock.GetUtcNow();
        var payload = StripeStandIn.Event("evt_" + Guid.NewGuid().ToString("N")[..24], "payment_intent.succeeded", Host.Stripe.Intent(payment.PaymentIntentId, "succeeded"), now);

        await (await StripeWebhooks.SendRawAsync(Host, payload, StripeStandIn.Signature(payload, now, "whsec_someone_else")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-signature");
        await (await StripeWebhooks.SendRawAsync(Host, payload, StripeStandIn.Signature(payload, now.AddMinutes(-6))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-signature");
        await (await StripeWebhooks.SendRawAsync(Host, payload.Replace("40000000", "40000001", StringComparison.Ordinal), StripeStandIn.Signature(payload, now)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-signature");
        await (await StripeWebhooks.SendRawAsync(Host, payload, string.Empty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid-signature");

        var contract = await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}");
        (contract.Settled, contract.Payments.ShouldHaveSingleItem().Status).ShouldBe((0m, PaymentStatus.Open));
        // The genuine event, signed within the tolerance, is then taken.
        await (await StripeWebhooks.SendRawAsync(Host, payload, StripeStandIn.Signature(payload, now.AddMinutes(-4)))).ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_cancelled_intent_frees_its_amount_for_another_payment()
    {
        var (buyer, contractId, payment) = await OpenedAsync();

        await (await StripeWebhooks.SendAsync(Host, "payment_intent.canceled", Host.Stripe.Intent(payment.PaymentIntentId, "canceled"))).ShouldBeOkAsync();

        (await buyer.GetAsync<ContractView>($"/api/contracts/{contractId}")).Payments.ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Cancelled);
        await buyer.PostAsync<OnlinePaymentStarted>($"/api/contracts/{contractId}/milestones/1/payments/online", new OnlinePaymentRequest(400_000m));
    }

    [Fact]
    public async Task Without_Stripe_keys_online_payment_is_switched_off_with_a_clear_problem_and_other_payments_work()
    {
        await using var unconfigured = Host.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Stripe:SecretKey", string.Empty);
            builder.UseSetting("Stripe:WebhookSecret", string.Empty);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Search:IndexDirectory", Path.Combine(TestCluster.NewDirectory("search"), "index")); // each node its own index
        });
        var (buyer, seller, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau));
        var contractId = await ReadyToPayAsync(buyer, seller, bureau, Terms(DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime)));
        var token = buyer.DefaultRequestHeaders.Authorization!;
        using var offline = unconfigured.CreateClient();
        offline.DefaultRequestHeaders.Authorization = token;

        var refused = await offline.PostJsonAsync($"/api/contracts/{contractId}/milestones/1/payments/online", new OnlinePaymentRequest(1_000m));
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "online-payment-off")).Detail!.ShouldContain("bank transfer");
        await (await offline.PostAsync(StripeWebhooks.Path, new StringContent("{}"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await offline.GetAsync($"/api/contracts/{contractId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
