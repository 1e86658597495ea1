using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>How a milestone can be paid on this server: online only with Stripe keys (the browser then needs Stripe's
/// publishable key to load Stripe.js; without it, it shows the PaymentIntent and waits for the webhook), by bank
/// transfer and with vouchers always.</summary>
public sealed record PaymentMethods(bool Online, string? StripePublishableKey, decimal BrokerRewardPercent);

public static class PaymentMethodsEndpoint
{
    public static RouteGroupBuilder MapPaymentMethods(this RouteGroupBuilder payments)
    {
        payments.MapGet("/methods", (IStripeGateway stripe, IOptions<StripeOptions> options, IOptions<SettlementOptions> settlement) =>
                TypedResults.Ok(new PaymentMethods(
                    stripe.Enabled, stripe.Enabled ? options.Value.PublishableKey : null, settlement.Value.BrokerRewardPercent)))
            .RequireAuthorization(Policies.User)
            .WithSummary("How milestones can be paid here: online (Stripe) only when this server has Stripe keys");
        return payments;
    }
}
