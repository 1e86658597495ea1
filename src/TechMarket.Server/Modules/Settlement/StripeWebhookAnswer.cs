namespace TechMarket.Server.Modules.Settlement;

/// <summary>The webhook's answer: Stripe needs only a 2xx; the body says whether this delivery was the first.</summary>
public sealed record StripeWebhookAnswer(string EventId, bool Duplicate);
