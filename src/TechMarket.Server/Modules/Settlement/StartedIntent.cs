namespace TechMarket.Server.Modules.Settlement;

/// <summary>A PaymentIntent as the payer's browser needs it to pay (with Stripe.js).</summary>
public sealed record StartedIntent(string Id, string ClientSecret);
