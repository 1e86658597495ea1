using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>解除: the buyer or the seller ends the contract with a reason. Milestones not paid are cancelled; money
/// already confirmed stays recorded. Refused while a payment is in flight, so none lands on a cancelled milestone.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record TerminateContract(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Contract contract, TerminateContract command)
    {
        var actor = command.Actor;
        if (ActingOrganisation.Refusal(actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if (ContractRules.LeadUserOnly(contract, actor, PartySide.Buyer) is not null && ContractRules.LeadUserOnly(contract, actor, PartySide.Seller) is not null)
        {
            return DomainError.Forbidden("not-a-party", "Only the buyer or the seller may terminate the contract.");
        }

        if (ContractRules.RequireStatus(contract, "be terminated", ContractStatus.Draft, ContractStatus.FullySigned, ContractStatus.Registered) is { } wrongStatus)
        {
            return wrongStatus;
        }

        if (contract.Payments.Values.Any(p => p.Status == PaymentStatus.Open))
        {
            return DomainError.Conflict("payment-in-flight", "A payment is still open; wait until it is confirmed, rejected or cancelled.");
        }

        var cancelled = contract.Milestones.Where(m => m.Status is not (MilestoneStatus.Paid or MilestoneStatus.Cancelled)).Select(m => m.Number).ToList();
        return Decision.Accept(new ContractTerminated(contract.Id, command.Reason.Trim(), cancelled, actor.UserId, command.Now));
    }
}

public static class TerminateContractEndpoint
{
    public static RouteGroupBuilder MapTerminateContract(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/terminate", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                ContractWrites.ExecuteAsParty(rc, id, (c, own) => TerminateContract.Decide(c, new TerminateContract(request.Reason, rc.Actor, rc.Now, own))))
            .RequireAuthorization(Policies.Bidder)
            .Validate<ReasonRequest>()
            .WithSummary("Terminate the contract with a reason (解除; the buyer or the seller); unpaid milestones are cancelled");
        return contracts;
    }
}
