using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the seller delivers: a note and the files (uploaded to the contract first) that show it.</summary>
public sealed record DeliverMilestoneRequest([LongText] string Note, IReadOnlyList<Guid> FileIds);

public sealed class DeliverMilestoneValidator : AbstractValidator<DeliverMilestoneRequest>
{
    public DeliverMilestoneValidator()
    {
        RuleFor(r => r.Note).NotEmpty().TrimmedLength(2, 2000);
        RuleFor(r => r.FileIds).NotEmpty().WithMessage("Attach at least one file as evidence.")
            .Must(f => f is null || f.Count <= 20).WithMessage("At most 20 files.");
    }
}

/// <summary>交付: a seller-side party delivers an open milestone of a registered contract, with evidence.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record DeliverMilestone(int Milestone, string Note, IReadOnlyList<ContractFileRef>? Evidence, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Contract contract, DeliverMilestone command)
    {
        var refused = ActingOrganisation.Refusal(command.Actor, command.Own)
            ?? ContractRules.SideUserOnly(contract, command.Actor, PartySide.Seller)
            ?? ContractRules.RequireStatus(contract, "have milestones delivered", ContractStatus.Registered)
            ?? ContractRules.RequireMilestone(contract, command.Milestone, "be delivered", out _, MilestoneStatus.Open);
        if (refused is not null)
        {
            return refused;
        }

        return command.Evidence is { Count: > 0 } evidence
            ? Decision.Accept(new MilestoneDelivered(contract.Id, command.Milestone, command.Note.Trim(), evidence, command.Actor.UserId, command.Now))
            : DomainError.Invalid("fileIds", "Every file must be one uploaded to this contract.");
    }

    /// <summary>Whether, with this delivery, every milestone that is not cancelled has been delivered.</summary>
    public static bool IsLast(Contract contract, int milestone) =>
        contract.Milestones.All(m => m.Number == milestone || m.Status is not MilestoneStatus.Open);
}

public static class DeliverMilestoneEndpoint
{
    public static RouteGroupBuilder MapDeliverMilestone(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/milestones/{number:int}/deliver", async (
                Guid id, int number, DeliverMilestoneRequest request, [AsParameters] RequestContext rc) =>
            {
                var (evidence, _) = await ContractFile.ResolveAsync(rc.Session, id, request.FileIds, rc.Cancellation);
                Organisation? own = null; // as this attempt read it: the challenge's decision below reads it too
                return await ContractWrites.ExecuteAsParty(rc, id, (c, read) => DeliverMilestone.Decide(c, new DeliverMilestone(number, request.Note, evidence, rc.Actor, rc.Now, own = read)),
                    alongside: (c, _) =>
                        // 成果交付 through the contract: delivering the last milestone of a challenge's contract is the
                        // winner's delivery for 市场判题, in the same transaction (when the challenge's rules allow it).
                        c.Source is { Origin: ContractOrigin.Challenge, SourceId: { } challenge } && DeliverMilestone.IsLast(c, number)
                            ? AwardSource.DeliverResultsAsync(rc.Session, challenge, c.Registration?.Number ?? "", number, request.Note, rc.Actor, own, rc.Now, rc.Cancellation)
                            : Task.CompletedTask);
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<DeliverMilestoneRequest>()
            .WithSummary("Deliver a milestone with evidence (the seller's side)");
        return contracts;
    }
}
