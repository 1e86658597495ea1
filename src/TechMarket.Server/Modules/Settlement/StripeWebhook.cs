using System.Text;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Stripe;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

public static class StripeWebhook
{
    private const int MaxBodyChars = 256 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/stripe/webhook", ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Settlement")
            .WithSummary("Stripe's webhook: signed with the endpoint secret over the raw body (Stripe-Signature), each event processed once, in any order");
        return app;
    }

    private static async Task<Results<Ok<StripeWebhookAnswer>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, IDocumentSession session, IStripeGateway stripe, IOptions<SettlementOptions> settlement, TimeProvider clock,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (!stripe.Enabled)
        {
            return Problems.NotFound("The Stripe webhook (online payment is switched off on this server)");
        }

        Event stripeEvent;
        try
        {
            // The signature covers the raw body exactly as sent, so it is read as it came, never re-serialized.
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var buffer = new char[MaxBodyChars + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > MaxBodyChars)
            {
                return Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "Body too large", "A Stripe event is far smaller than this.");
            }

            stripeEvent = stripe.Verify(new string(buffer, 0, read), request.Headers["Stripe-Signature"], clock.GetUtcNow());
        }
        catch (Exception e) when (e is StripeException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException or ArgumentException
                                       or DecoderFallbackException or FormatException)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "invalid-signature", "Invalid webhook",
                "The Stripe-Signature header does not sign this body with the webhook secret within the tolerance, or the body is not a Stripe event.");
        }

        if (await session.LoadAsync<StripeEventReceipt>(stripeEvent.Id, ct) is not null)
        {
            return TypedResults.Ok(new StripeWebhookAnswer(stripeEvent.Id, Duplicate: true));
        }

        var notice = Notice(stripeEvent);
        var index = notice is null ? null : await session.LoadAsync<OnlinePaymentIndex>(notice.PaymentIntentId, ct);
        var receipt = new StripeEventReceipt
        {
            Id = stripeEvent.Id, Type = stripeEvent.Type, ContractId = index?.ContractId, PaymentId = index?.PaymentId, ReceivedAt = clock.GetUtcNow(),
            Ignored = notice is null ? "not an event the platform acts on" : index is null ? "not a PaymentIntent of this platform" : null,
        };
        try
        {
            if (notice is not null && index is not null)
            {
                // The receipt commits with the event's effects, so a delivery that races this one loses on its key.
                var decision = await session.DecideAsync<Contract>(index.ContractId,
                    contract => contract is null
                        ? DomainError.NotFound("not-found", "The contract of this PaymentIntent was not found.")
                        : OnlineSettlement.Decide(contract, index.PaymentId, notice, settlement.Value.BrokerRewardPercent, clock.GetUtcNow()),
                    (_, _) =>
                    {
                        session.Insert(receipt);
                        return Task.CompletedTask;
                    }, ct);
                if (decision.Error is null)
                {
                    return TypedResults.Ok(new StripeWebhookAnswer(stripeEvent.Id, Duplicate: false));
                }

                receipt.Ignored = decision.Error.Detail;
                loggers.CreateLogger(typeof(StripeWebhook)).LogWarning("Stripe event {Event} changed nothing: {Reason}", stripeEvent.Id, decision.Error.Detail);
            }

            // Nothing for the platform to change: the receipt alone records the event and why, once.
            session.Insert(receipt);
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (UniqueClaims.IsTaken(e) || e is JasperFx.DocumentAlreadyExistsException)
        {
            return TypedResults.Ok(new StripeWebhookAnswer(stripeEvent.Id, Duplicate: true));
        }

        return TypedResults.Ok(new StripeWebhookAnswer(stripeEvent.Id, Duplicate: false));
    }

    /// <summary>The events the platform acts on; null for every other type (acknowledged, recorded, ignored).</summary>
    internal static StripeNotice? Notice(Event e) => e.Data.Object switch
    {
        PaymentIntent intent when e.Type is "payment_intent.succeeded" or "payment_intent.canceled" => new StripeNotice(
            e.Id, intent.Id, e.Type == "payment_intent.succeeded" ? StripeOutcome.Succeeded : StripeOutcome.Canceled, intent.Amount, intent.Currency, 0,
            new DateTimeOffset(e.Created, TimeSpan.Zero)),
        Charge charge when e.Type == "charge.refunded" && charge.PaymentIntentId is { } intentId => new StripeNotice(
            e.Id, intentId, StripeOutcome.Refunded, charge.Amount, charge.Currency, charge.AmountRefunded, new DateTimeOffset(e.Created, TimeSpan.Zero)),
        _ => null,
    };
}
