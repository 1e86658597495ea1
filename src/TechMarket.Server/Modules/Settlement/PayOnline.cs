using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using StripeException = Stripe.StripeException;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Settlement;

public sealed record OnlinePaymentRequest(decimal Amount);

public sealed class OnlinePaymentRequestValidator : AbstractValidator<OnlinePaymentRequest>
{
    public OnlinePaymentRequestValidator() => RuleFor(r => r.Amount).Money().GreaterThan(0);
}

/// <summary>在线支付: the buyer pays (part of) an accepted milestone through a Stripe PaymentIntent in CNY.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: no money to a suspended one.</param>
public sealed record PayOnline(Guid PaymentId, int Milestone, decimal Amount, string? PaymentIntentId, Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static Decision Decide(Contract contract, PayOnline command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? SettlementRules.CanOpen(contract, command.Milestone, command.Amount, command.Actor)
        ?? ContractRules.OtherPartiesActive(contract, command.Actor, command.Parties)
        ?? Decision.Accept(new PaymentOpened(
            contract.Id, command.PaymentId, command.Milestone, PaymentMethod.Online, command.Amount, command.PaymentIntentId, null, null, command.Actor.UserId, command.Now));
}

public static class PayOnlineEndpoint
{
    public static RouteGroupBuilder MapPayOnline(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/payments/online", PayAsync)
            .RequireAuthorization(Policies.Bidder)
            .Validate<OnlinePaymentRequest>()
            .WithSummary("Pay (part of) an accepted milestone online: a Stripe PaymentIntent in CNY; Stripe's webhook confirms it");
        return contracts;
    }

    private static async Task<Results<Ok<OnlinePaymentStarted>, ValidationProblem, ProblemHttpResult>> PayAsync(Guid id, int number, OnlinePaymentRequest request, [AsParameters] RequestContext rc, IStripeGateway stripe)
    {
        if (!stripe.Enabled)
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "online-payment-off", "Online payment is switched off",
                "This server has no Stripe keys, so online payment is switched off; pay by bank transfer (with its receipt) or apply an innovation voucher.");
        }

        // Decide first on the current state, so that nothing is started at Stripe for a payment that is refused.
        var command = new PayOnline(Guid.CreateVersion7(), number, request.Amount, null, rc.Actor, rc.Now);
        var batch = rc.Session.CreateBatchQuery();
        var loading = batch.Load<Contract>(id);
        var reading = rc.ContractParties(id)(batch);
        await batch.Execute(rc.Cancellation);
        var (contract, read) = (await loading, await reading());
        if (contract is null || (!ContractRules.IsOrganisationUser(rc.Actor) || !contract.IsParty(rc.Actor.OrganisationId)))
        {
            return Problems.NotFound("The contract");
        }

        if (PayOnline.Decide(contract, command with { Own = read.Own, Parties = read.Parties }).Error is { } refused)
        {
            return Problems.Refuse<Ok<OnlinePaymentStarted>>(refused);
        }

        StartedIntent intent;
        try
        {
            intent = await stripe.CreatePaymentIntentAsync(command.PaymentId, id, number, request.Amount, rc.Cancellation);
        }
        catch (StripeException e)
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "stripe-refused", "Stripe refused the payment", e.StripeError?.Message ?? e.Message);
        }

        // Decided again on the state it is appended to; a PaymentIntent whose payment is refused now is never shown to anyone.
        return await rc.Execute<Contract, PartyReads, Ok<OnlinePaymentStarted>>(id, "The contract", rc.ContractParties(id),
            (c, now) => PayOnline.Decide(c, command with { PaymentIntentId = intent.Id, Own = now.Own, Parties = now.Parties }),
            _ => TypedResults.Ok(new OnlinePaymentStarted(command.PaymentId, intent.Id, intent.ClientSecret, request.Amount, "cny")),
            (_, _) =>
            {
                rc.Session.Store(new OnlinePaymentIndex { Id = intent.Id, ContractId = id, PaymentId = command.PaymentId });
                return Task.CompletedTask;
            });
    }
}
