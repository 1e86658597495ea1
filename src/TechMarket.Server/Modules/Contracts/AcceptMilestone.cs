using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>验收: a buyer-side party accepts a delivered milestone, which may then be paid.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
/// <param name="Parties">Every party's organisation as read with the command: an acceptance makes money due, so none while
/// another party is suspended.</param>
public sealed record AcceptMilestone(int Milestone, Actor Actor, DateTimeOffset Now, Organisation? Own = null, IReadOnlyList<Organisation>? Parties = null)
{
    public static Decision Decide(Contract contract, AcceptMilestone command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? ContractRules.SideUserOnly(contract, command.Actor, PartySide.Buyer)
        ?? ContractRules.RequireStatus(contract, "have milestones accepted", ContractStatus.Registered)
        ?? ContractRules.RequireMilestone(contract, command.Milestone, "be accepted", out _, MilestoneStatus.Delivered)
        ?? ContractRules.OtherPartiesActive(contract, command.Actor, command.Parties)
        ?? Decision.Accept(new MilestoneAccepted(contract.Id, command.Milestone, command.Actor.UserId, command.Now));

    /// <summary>Whether, with this acceptance, every milestone that is not cancelled has been accepted.</summary>
    public static bool IsLast(Contract contract, int milestone) =>
        contract.Milestones.All(m => m.Number == milestone || m.Status is MilestoneStatus.Accepted or MilestoneStatus.Paid or MilestoneStatus.Cancelled);
}

public static class AcceptMilestoneEndpoint
{
    public static RouteGroupBuilder MapAcceptMilestone(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/accept", (Guid id, int number, [AsParameters] RequestContext rc) =>
            {
                Organisation? own = null; // as this attempt read it: the challenge's decision below reads it too
                return ContractWrites.ExecuteTowardsParties(rc, id, (c, read) => AcceptMilestone.Decide(c, new AcceptMilestone(number, rc.Actor, rc.Now, own = read.Own, read.Parties)), alongside: (c, _) =>
                    // 市场判题: accepting the last milestone of a challenge's contract accepts the challenge's results, in
                    // the same transaction (when the challenge's own rules allow it).
                    c.Source is { Origin: ContractOrigin.Challenge, SourceId: { } challenge } && AcceptMilestone.IsLast(c, number)
                        ? AwardSource.AcceptResultsAsync(rc.Session, challenge, rc.Actor, own, rc.Now, rc.Cancellation)
                        : Task.CompletedTask);
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Accept a delivered milestone (验收; the buyer's side); the last one of a challenge's contract is its 市场判题");
        return contracts;
    }
}
