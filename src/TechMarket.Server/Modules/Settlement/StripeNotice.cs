namespace TechMarket.Server.Modules.Settlement;

/// <summary>What a Stripe event says about one PaymentIntent, in fen.</summary>
public sealed record StripeNotice(string EventId, string PaymentIntentId, StripeOutcome Outcome, long AmountFen, string Currency, long RefundedFen, DateTimeOffset Created);
