using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Settlement;

public sealed record VoucherPaymentRequest(Guid VoucherId, decimal Amount);

public sealed class VoucherPaymentRequestValidator : AbstractValidator<VoucherPaymentRequest>
{
    public VoucherPaymentRequestValidator() => RuleFor(r => r.Amount).Money().GreaterThan(0);
}

/// <summary>
/// 创新券兑付: the buyer covers part of an accepted milestone with its voucher; confirmed at once (the bureau reimburses
/// the seller). Refused when the voucher is another organisation's, expired, short of balance, not for this type of
/// contract or provider, above its share of the milestone, or when buyer and seller are the same or related. The same
/// voucher applied to the same milestone again changes nothing.
/// </summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: no money to a suspended one.</param>
public sealed record ApplyVoucher(Guid PaymentId, int Milestone, decimal Amount, decimal RewardPercent, Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static (Decision Voucher, Decision Contract) Decide(Voucher voucher, Contract contract, ApplyVoucher command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return (suspended, suspended);
        }

        if (voucher.Redemptions.ContainsKey((contract.Id, command.Milestone)))
        {
            return (Decision.Accept(), Decision.Accept());
        }

        var refused = Ownership(voucher, contract, command.Actor)
            ?? SettlementRules.CanOpen(contract, command.Milestone, command.Amount, command.Actor)
            ?? ContractRules.OtherPartiesActive(contract, command.Actor, command.Parties)
            ?? VoucherProblem(voucher, contract, command);
        if (refused is not null)
        {
            return (refused, refused);
        }

        var opened = Decision.Accept(new PaymentOpened(
            contract.Id, command.PaymentId, command.Milestone, PaymentMethod.Voucher, command.Amount, null, null, voucher.Id, command.Actor.UserId, command.Now));
        var onContract = SettlementRules.Then(contract, opened, c => SettlementRules.Confirm(
            c, command.PaymentId, SettlementRules.Today(command.Now), command.Actor.UserId, null, command.RewardPercent, command.Now));
        var redeemed = new VoucherRedeemed(
            voucher.Id, voucher.HolderId, voucher.HolderName, voucher.District, contract.Id, command.Milestone, command.PaymentId, command.Amount, contract.Seller.OrganisationId, contract.Seller.Name,
            contract.Terms.Title, SettlementRules.Today(command.Now), command.Actor.UserId, command.Now);
        return onContract.IsRefused ? (onContract, onContract) : (Decision.Accept(redeemed), onContract);
    }

    private static DomainError? Ownership(Voucher voucher, Contract contract, Actor actor) =>
        actor.BelongsTo(voucher.HolderId) && contract.Buyer.OrganisationId == voucher.HolderId
            ? null
            : DomainError.Forbidden("not-your-voucher", "A voucher pays only for contracts its own enterprise buys.");

    /// <summary>The voucher's own rules, on a registered contract with an accepted milestone.</summary>
    private static DomainError? VoucherProblem(Voucher voucher, Contract contract, ApplyVoucher command)
    {
        if (SettlementRules.Today(command.Now) > voucher.ExpiresOn)
        {
            return DomainError.Conflict("voucher-expired", $"The voucher expired on {voucher.ExpiresOn:yyyy-MM-dd}.");
        }

        var sellers = contract.Parties.Where(p => p.Side == PartySide.Seller).Select(p => p.OrganisationId).ToHashSet();
        if (contract.Parties.Any(p => p.Side == PartySide.Buyer && sellers.Contains(p.OrganisationId)) || contract.Registration!.Flags.RelatedParties)
        {
            return DomainError.Conflict("related-parties", "Buyer and seller are the same or related organisations; a voucher does not pay for such a contract.");
        }

        var type = contract.Registration!.Type;
        var eligible = (type == ContractType.Consulting && voucher.Uses.Contains(VoucherUse.Consulting))
                       || (type == ContractType.Service && (voucher.Uses.Contains(VoucherUse.TechnicalService)
                                                            || (voucher.Uses.Contains(VoucherUse.TestingAndInstruments) && voucher.Providers.Contains(contract.Seller.OrganisationId))));
        if (!eligible)
        {
            return DomainError.Conflict("voucher-wrong-type", "The voucher does not pay for this type of contract (or this provider).");
        }

        var milestone = contract.MilestoneNumbered(command.Milestone)!;
        var cap = Math.Round(milestone.Amount * voucher.MaxSharePercent / 100m, 2, MidpointRounding.ToZero);
        if (command.Amount > cap)
        {
            return DomainError.Conflict("voucher-share", $"The voucher covers at most {voucher.MaxSharePercent:0.##}% of a milestone: {cap:0.00}.");
        }

        return command.Amount > voucher.Balance ? DomainError.Conflict("voucher-balance", $"The voucher has {voucher.Balance:0.00} left.") : null;
    }
}

public static class ApplyVoucherEndpoint
{
    public static RouteGroupBuilder MapApplyVoucher(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/payments/voucher", ApplyAsync)
            .RequireAuthorization(Policies.Enterprise)
            .Validate<VoucherPaymentRequest>()
            .WithSummary("Cover part of an accepted milestone with your innovation voucher (创新券); the same voucher on the same milestone counts once");
        return contracts;
    }

    private static async Task<Results<Ok<PaymentOpenedAnswer>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        Guid id, int number, VoucherPaymentRequest request, [AsParameters] RequestContext rc, IOptions<SettlementOptions> options)
    {
        // The contract and the voucher change together: the voucher's redemption and the contract's confirmed payment. Both
        // are fetched with the holder's organisation and the contract's parties in one batch; a voucher applied twice is no
        // redemption, so the suspension check also precedes that answer.
        var command = new ApplyVoucher(Guid.CreateVersion7(), number, request.Amount, options.Value.BrokerRewardPercent, rc.Actor, rc.Now);
        return await rc.ExecuteOnTwo<Contract, Voucher, PartyReads, Ok<PaymentOpenedAnswer>>(id, request.VoucherId, "The contract", rc.ContractParties(id),
            (contract, voucher, read) =>
            {
                if (!contract.IsParty(rc.Actor.OrganisationId))
                {
                    return (NotFound("The contract"), NotFound("The contract"));
                }

                if (voucher is null || !rc.Actor.BelongsTo(voucher.HolderId))
                {
                    return (NotFound("The voucher"), NotFound("The voucher"));
                }

                var (onVoucher, onContract) = ApplyVoucher.Decide(voucher, contract, command with { Own = read.Own, Parties = read.Parties });
                return (onContract, onVoucher);
            },
            (contract, voucher, decision) =>
            {
                // The same voucher on the same milestone again: the first redemption's payment, nothing written.
                var paymentId = voucher!.Redemptions.GetValueOrDefault((id, number), command.PaymentId);
                var amount = decision.Events.Count > 0 ? request.Amount : contract.Payments[paymentId].Amount;
                return TypedResults.Ok(new PaymentOpenedAnswer(paymentId, id, number, PaymentMethod.Voucher, amount));
            });
    }

    private static DomainError NotFound(string what) => DomainError.NotFound("not-found", $"{what} was not found.");
}
