using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>A bank transfer the buyer made: the amount, the bank's reference, the day, and the receipt (a file uploaded
/// to the contract first).</summary>
public sealed record TransferRequest(decimal Amount, string BankReference, Guid ReceiptFileId, DateOnly PaidOn);

public sealed class TransferRequestValidator : AbstractValidator<TransferRequest>
{
    public TransferRequestValidator()
    {
        RuleFor(r => r.Amount).Money().GreaterThan(0);
        RuleFor(r => r.BankReference).NotEmpty().TrimmedLength(4, 64);
    }
}

/// <summary>线下转账: the buyer reports a bank transfer with its receipt; the amount is held until the registering
/// bureau confirms (then it counts) or rejects it.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: no money to a suspended one.</param>
public sealed record PayByTransfer(Guid PaymentId, int Milestone, TransferRequest Request, ContractFileRef? Receipt, Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static Decision Decide(Contract contract, PayByTransfer command)
    {
        if ((ActingOrganisation.Refusal(command.Actor, command.Own)
             ?? SettlementRules.CanOpen(contract, command.Milestone, command.Request.Amount, command.Actor)
             ?? ContractRules.OtherPartiesActive(contract, command.Actor, command.Parties)) is { } refused)
        {
            return refused;
        }

        if (command.Receipt is not { } receipt)
        {
            return DomainError.Invalid("receiptFileId", "The receipt must be a file uploaded to this contract.");
        }

        if (command.Request.PaidOn > SettlementRules.Today(command.Now))
        {
            return DomainError.Invalid("paidOn", "A transfer is reported once it is made, not before.");
        }

        var transfer = new BankTransfer(command.Request.BankReference.Trim(), receipt, command.Request.PaidOn);
        return Decision.Accept(new PaymentOpened(
            contract.Id, command.PaymentId, command.Milestone, PaymentMethod.BankTransfer, command.Request.Amount, null, transfer, null, command.Actor.UserId, command.Now));
    }
}

public static class PayByTransferEndpoint
{
    public static RouteGroupBuilder MapPayByTransfer(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/payments/transfer", async (Guid id, int number, TransferRequest request, [AsParameters] RequestContext rc) =>
            {
                var (files, _) = await ContractFile.ResolveAsync(rc.Session, id, [request.ReceiptFileId], rc.Cancellation);
                var command = new PayByTransfer(Guid.CreateVersion7(), number, request, files?.Single(), rc.Actor, rc.Now);
                return await rc.Execute<Contract, PartyReads, Ok<PaymentOpenedAnswer>>(id, "The contract", rc.ContractParties(id),
                    (c, read) => PayByTransfer.Decide(c, command with { Own = read.Own, Parties = read.Parties }),
                    _ => TypedResults.Ok(new PaymentOpenedAnswer(command.PaymentId, id, number, PaymentMethod.BankTransfer, request.Amount)));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<TransferRequest>()
            .WithSummary("Report a bank transfer for an accepted milestone, with its receipt; the bureau confirms it");
        return contracts;
    }
}
