using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>到账确认: a bureau officer of the registering district confirms a bank-transfer receipt; the money counts.</summary>
public sealed record ConfirmTransfer(Guid PaymentId, decimal RewardPercent, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Contract contract, ConfirmTransfer command) =>
        (ContractRules.RegisteringBureauOnly(contract, command.Actor) ?? TransferOnly(contract, command.PaymentId))
        ?? SettlementRules.Confirm(contract, command.PaymentId, SettlementRules.Today(command.Now), command.Actor.UserId, null, command.RewardPercent, command.Now);

    internal static DomainError? TransferOnly(Contract contract, Guid paymentId) =>
        contract.Payments.TryGetValue(paymentId, out var payment) && payment.Method == PaymentMethod.BankTransfer
            ? null
            : DomainError.NotFound("no-such-payment", "The contract has no such bank transfer.");
}

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

public static class JudgeTransferEndpoints
{
    public static RouteGroupBuilder MapJudgeTransfer(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/payments/{paymentId:guid}/confirm", (Guid id, Guid paymentId, [AsParameters] RequestContext rc, IOptions<SettlementOptions> options) =>
                ContractWrites.Execute(rc, id, c => ConfirmTransfer.Decide(c, new ConfirmTransfer(paymentId, options.Value.BrokerRewardPercent, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Confirm a bank-transfer receipt (the registering bureau): the money counts as technology transaction value");
        contracts.MapPost("/{id:guid}/payments/{paymentId:guid}/reject", (Guid id, Guid paymentId, ReasonRequest request, [AsParameters] RequestContext rc) =>
                ContractWrites.Execute(rc, id, c => RejectTransfer.Decide(c, new RejectTransfer(paymentId, request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<ReasonRequest>()
            .WithSummary("Reject a bank-transfer receipt with a reason (the registering bureau)");
        return contracts;
    }
}
