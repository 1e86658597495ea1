namespace TechMarket.Server.Modules.Settlement;

/// <summary>What the payer's browser needs to pay with Stripe.js; the webhook confirms the payment later.</summary>
public sealed record OnlinePaymentStarted(Guid PaymentId, string PaymentIntentId, string ClientSecret, decimal Amount, string Currency);
