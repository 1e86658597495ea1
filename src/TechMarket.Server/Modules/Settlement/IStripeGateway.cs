using Stripe;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>What the platform asks of Stripe, in one place: start a PaymentIntent, and check a webhook's signature.</summary>
public interface IStripeGateway
{
    bool Enabled { get; }

    /// <summary>A PaymentIntent in CNY for the payment; the payment's id is the idempotency key, so a retry never
    /// charges twice.</summary>
    Task<StartedIntent> CreatePaymentIntentAsync(Guid paymentId, Guid contractId, int milestone, decimal amount, CancellationToken ct);

    /// <summary>The event, if the Stripe-Signature header signs this raw body with the webhook secret within the
    /// tolerance; otherwise throws <see cref="StripeException"/>.</summary>
    Event Verify(string body, string? signature, DateTimeOffset now);
}
