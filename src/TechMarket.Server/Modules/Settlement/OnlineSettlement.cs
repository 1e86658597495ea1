using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>
/// What a Stripe event does to a contract, whatever order the events come in: a success confirms an open payment
/// once; a refund of a payment not yet confirmed (its success is still on the way) confirms it first, so a refund
/// always reverses something recorded, and the late success then finds nothing left to do; a cancellation frees an
/// open payment's amount. Events repeat the total refunded, so only the part not yet reversed is reversed.
/// </summary>
public static class OnlineSettlement
{
    public static Decision Decide(Contract contract, Guid paymentId, StripeNotice notice, decimal rewardPercent, DateTimeOffset now)
    {
        if (!contract.Payments.TryGetValue(paymentId, out var payment) || payment.Method != PaymentMethod.Online || payment.StripePaymentIntentId != notice.PaymentIntentId)
        {
            return DomainError.NotFound("no-such-payment", $"No online payment of this contract has the PaymentIntent {notice.PaymentIntentId}.");
        }

        if (!string.Equals(notice.Currency, "cny", StringComparison.OrdinalIgnoreCase) || notice.AmountFen != SettlementRules.Fen(payment.Amount))
        {
            return DomainError.Conflict("amount-mismatch", $"Stripe reports {notice.AmountFen} {notice.Currency}, the payment is {SettlementRules.Fen(payment.Amount)} cny.");
        }

        var on = SettlementRules.Today(notice.Created);
        Decision Confirm(Contract c) => SettlementRules.Confirm(c, paymentId, on, null, notice.EventId, rewardPercent, now);
        return (notice.Outcome, payment.Status) switch
        {
            (StripeOutcome.Succeeded, PaymentStatus.Open) => Confirm(contract),
            (StripeOutcome.Canceled, PaymentStatus.Open) => Decision.Accept(new PaymentCancelled(contract.Id, paymentId, "Stripe 已取消该支付", notice.EventId, now)),
            (StripeOutcome.Refunded, PaymentStatus.Open) => SettlementRules.Then(contract, Confirm(contract), c => RefundRest(c, paymentId, notice, on, now)),
            (StripeOutcome.Refunded, PaymentStatus.Confirmed) => RefundRest(contract, paymentId, notice, on, now),
            (StripeOutcome.Succeeded, PaymentStatus.Confirmed) or (StripeOutcome.Canceled, PaymentStatus.Cancelled) => Decision.Accept(),
            _ => DomainError.Conflict("payment-not-open", $"Stripe says {notice.Outcome} for a payment that is {payment.Status.ToString().ToLowerInvariant()}."),
        };
    }

    private static Decision RefundRest(Contract contract, Guid paymentId, StripeNotice notice, DateOnly on, DateTimeOffset now)
    {
        var rest = SettlementRules.Yuan(notice.RefundedFen) - contract.Payments[paymentId].Refunded;
        return rest <= 0 ? Decision.Accept() : SettlementRules.Refund(contract, paymentId, rest, on, notice.EventId, now);
    }
}
