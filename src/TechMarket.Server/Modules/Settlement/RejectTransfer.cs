using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>The bureau rejects a receipt with a reason (the transfer is not on the account); the amount is free again.</summary>
public sealed record RejectTransfer(Guid PaymentId, string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Contract contract, RejectTransfer command)
    {
        if ((ContractRules.RegisteringBureauOnly(contract, command.Actor) ?? ConfirmTransfer.TransferOnly(contract, command.PaymentId)) is { } refused)
        {
            return refused;
        }

        return contract.Payments[command.PaymentId].Status == PaymentStatus.Open
            ? Decision.Accept(new PaymentRejected(contract.Id, command.PaymentId, command.Reason.Trim(), command.Actor.UserId, command.Now))
            : DomainError.Conflict("payment-not-open", $"The payment is already {contract.Payments[command.PaymentId].Status.ToString().ToLowerInvariant()}.");
    }
}

public static class RejectTransferEndpoint
{
    public static RouteGroupBuilder MapRejectTransfer(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/payments/{paymentId:guid}/reject", (Guid id, Guid paymentId, ReasonRequest request, [AsParameters] RequestContext rc) =>
                ContractWrites.Execute(rc, id, c => RejectTransfer.Decide(c, new RejectTransfer(paymentId, request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<ReasonRequest>()
            .WithSummary("Reject a bank-transfer receipt with a reason (the registering bureau)");
        return contracts;
    }
}
