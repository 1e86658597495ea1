using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The buyer rejects a delivery with a reason; the seller delivers again.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record RejectMilestone(int Milestone, string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Contract contract, RejectMilestone command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? ContractRules.SideUserOnly(contract, command.Actor, PartySide.Buyer)
        ?? ContractRules.RequireStatus(contract, "have milestones rejected", ContractStatus.Registered)
        ?? ContractRules.RequireMilestone(contract, command.Milestone, "be rejected", out _, MilestoneStatus.Delivered)
        ?? Decision.Accept(new MilestoneRejected(contract.Id, command.Milestone, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RejectMilestoneEndpoint
{
    public static RouteGroupBuilder MapRejectMilestone(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/reject", (Guid id, int number, ReasonRequest request, [AsParameters] RequestContext rc) =>
                ContractWrites.ExecuteAsParty(rc, id, (c, own) => RejectMilestone.Decide(c, new RejectMilestone(number, request.Reason, rc.Actor, rc.Now, own))))
            .RequireAuthorization(Policies.Bidder)
            .Validate<ReasonRequest>()
            .WithSummary("Reject a delivered milestone with a reason (the buyer's side)");
        return contracts;
    }
}
