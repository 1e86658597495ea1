namespace TechMarket.Server.Modules.Settlement;

public enum StripeOutcome
{
    Succeeded,
    Canceled,

    /// <summary>Money went back; the amount is the total refunded so far (Stripe's amount_refunded).</summary>
    Refunded,
}
