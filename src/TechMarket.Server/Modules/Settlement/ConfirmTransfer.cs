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

public static class ConfirmTransferEndpoint
{
    public static RouteGroupBuilder MapConfirmTransfer(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/payments/{paymentId:guid}/confirm", (Guid id, Guid paymentId, [AsParameters] RequestContext rc, IOptions<SettlementOptions> options) =>
                ContractWrites.Execute(rc, id, c => ConfirmTransfer.Decide(c, new ConfirmTransfer(paymentId, options.Value.BrokerRewardPercent, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Confirm a bank-transfer receipt (the registering bureau): the money counts as technology transaction value");
        return contracts;
    }
}
