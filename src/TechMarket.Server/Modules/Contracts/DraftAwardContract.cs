using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The contract for one winning team, named by its public label. A horse race's milestones are its funding
/// stages: their count and amounts are fixed by the award; the parties name the deliverables and due dates.</summary>
public sealed record DraftAwardContractRequest(
    string Label, ContractType Type, decimal TechnologyAmount, IReadOnlyList<MilestoneTerms> Milestones, string? Title = null, Guid? BrokerId = null);

public sealed class DraftAwardContractValidator : AbstractValidator<DraftAwardContractRequest>
{
    public DraftAwardContractValidator()
    {
        RuleFor(r => r.Label).NotEmpty().MaximumLength(10);
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.TechnologyAmount).Money();
        RuleFor(r => r.Title).TrimmedLength(4, 100);
        RuleFor(r => r.Milestones).NotEmpty();
        RuleForEach(r => r.Milestones).ChildRules(m =>
        {
            m.RuleFor(x => x.Deliverable).NotEmpty().TrimmedLength(2, 500);
            m.RuleFor(x => x.Amount).Money();
        });
    }
}

/// <summary>From 揭榜 to 技术合同: a winner or a funding enterprise drafts the contract the award calls for. The
/// funders are the buyers (the largest leads, the others are members in proportion to their funding); the winner is
/// the seller — a joint bid's lead leads the sellers, its members are sellers with their shares; the amount is what the
/// award funds.</summary>
public sealed record DraftAwardContract(
    Guid ContractId, AwardedWork Work, DraftAwardContractRequest Request, Guid? WinnerBidId,
    IReadOnlyDictionary<Guid, Organisation> Organisations, ContractBroker? Broker, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(DraftAwardContract command)
    {
        var (work, request, actor) = (command.Work, command.Request, command.Actor);
        var winner = work.Winners.FirstOrDefault(w => w.BidId == command.WinnerBidId);
        var involved = ContractRules.IsOrganisationUser(actor)
                       && (work.Funders.Any(f => actor.BelongsTo(f.EnterpriseId)) || work.Winners.Any(w => w.Includes(actor)));
        if (!involved)
        {
            return DomainError.Forbidden("not-a-party", "Only a winner or a funding enterprise of the challenge may draft its contract.");
        }

        if (!work.Contractable)
        {
            return DomainError.Conflict("not-awarded", "Contracts are drafted for an awarded challenge (or a horse race in progress).");
        }

        if (winner is null)
        {
            return DomainError.NotFound("no-such-winner", $"No winning team of this challenge has the label {request.Label}.");
        }

        if (winner.Stages.Count > 0 && (request.Milestones.Count != winner.Stages.Count
                                        || request.Milestones.Zip(winner.Stages).Any(p => p.First.Amount != p.Second.Amount)))
        {
            return DomainError.Invalid("milestones", "A horse race's milestones are its funding stages: "
                                                     + string.Join("; ", winner.Stages.Select(s => $"{s.Name} {s.Amount:0.00}")) + ".");
        }

        if (command.Organisations.GetValueOrDefault(winner.OrganisationId) is not { } seller
            || work.Funders.Any(f => command.Organisations.GetValueOrDefault(f.EnterpriseId) is null)
            || winner.Organisations.Any(o => command.Organisations.GetValueOrDefault(o) is null))
        {
            return ActingOrganisation.PartyUnknown;
        }

        // No contract with a suspended party: the drafter's own organisation is refused as such; any other — a funder, a
        // winning team's member — as "another party", without naming it or saying more of it.
        var named = work.Funders.Select(f => f.EnterpriseId).Concat(winner.Organisations).Distinct().Select(id => command.Organisations[id]).ToList();
        if (named.FirstOrDefault(o => actor.BelongsTo(o.Id)) is { } own && ActingOrganisation.Refusal(actor, own) is { } suspended)
        {
            return suspended;
        }

        if (named.Where(o => !actor.BelongsTo(o.Id)).Select(ActingOrganisation.PartyRefusal).FirstOrDefault(r => r is not null) is { } partySuspended)
        {
            return partySuspended;
        }

        var buyers = work.Funders.OrderByDescending(f => f.Amount).ToList();
        var total = buyers.Sum(f => f.Amount);
        var members = buyers.Skip(1).Select(f => new MemberCandidate(
            f.EnterpriseId, command.Organisations[f.EnterpriseId], PartySide.Buyer, Math.Round(100m * f.Amount / total, 2))).ToList();
        var sellers = (winner.Members ?? []).Where(m => !m.Lead).Select(m => new MemberCandidate(
            m.OrganisationId, command.Organisations[m.OrganisationId], PartySide.Seller, Math.Round(100m * m.Share / winner.Funding, 2))).ToList();
        var (parties, error) = ContractParties.Build(command.Organisations[buyers[0].EnterpriseId], seller, [.. members, .. sellers], "label");
        parties = parties is null ? null : JointSellers(parties, winner);
        var terms = new ContractTerms(
            request.Title?.Trim() ?? work.Title, request.Type, work.Field, winner.Funding, request.TechnologyAmount,
            [.. request.Milestones.Select(m => m with { Deliverable = m.Deliverable.Trim() })], command.Broker, [], false, null);
        return error ?? ContractRules.TermsProblem(terms) ?? Decision.Accept(new ContractDrafted(
            command.ContractId, new ContractSource(ContractOrigin.Challenge, work.ChallengeId), parties!, terms, actor.UserId, command.Now));
    }

    /// <summary>联合答题: each organisation of a winning joint bid is a seller with its share of the funding in yuan, as the
    /// award split it (the shares sum to the contract amount); the percentages follow from them.</summary>
    private static IReadOnlyList<ContractParty> JointSellers(IReadOnlyList<ContractParty> parties, AwardedTeam winner) =>
        winner.Members is not { Count: > 0 } shares
            ? parties
            : [.. parties.Select(p => p.Side == PartySide.Seller ? p with { ShareAmount = shares.First(m => m.OrganisationId == p.OrganisationId).Share } : p)];
}

public static class DraftAwardContractEndpoint
{
    public static RouteGroupBuilder MapDraftAwardContract(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/contracts", async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> (Guid id, DraftAwardContractRequest request, [AsParameters] RequestContext rc, Brokers brokers) =>
            {
                if (await rc.Session.LoadAsync<ChallengeDetails>(id, rc.Cancellation) is not { } challenge || !ChallengeVisibility.CanSee(challenge, rc.Actor))
                {
                    return Problems.NotFound("The challenge");
                }

                var work = AwardSource.From(challenge);
                var bidId = challenge.Results.FirstOrDefault(r => r.Won && r.Label == request.Label)?.BidId;
                var organisations = (await rc.Session.LoadManyAsync<Organisation>(
                    rc.Cancellation, [.. work.Funders.Select(f => f.EnterpriseId), .. work.Winners.SelectMany(w => w.Organisations)])).ToDictionary(o => o.Id);
                var (broker, brokerError) = await brokers.ResolveAsync(request.BrokerId, "brokerId");
                if (brokerError is not null)
                {
                    return Problems.Refuse<Created<CreatedResource>>(brokerError);
                }

                var command = new DraftAwardContract(Guid.CreateVersion7(), work, request, bidId, organisations, broker, rc.Actor, rc.Now);
                try
                {
                    return await ContractWrites.Start(rc, command.ContractId, DraftAwardContract.Decide(command),
                        session => session.Insert(new AwardContractClaim { Id = command.ContractId, ChallengeId = id, BidId = bidId!.Value }));
                }
                catch (Exception e) when (UniqueClaims.IsTaken(e))
                {
                    return Problems.Problem(StatusCodes.Status409Conflict, "already-contracted", "Already contracted",
                        $"The team {request.Label} of this challenge already has a contract.");
                }
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<DraftAwardContractRequest>()
            .WithSummary("Draft the technology contract for a winning team of an awarded challenge");
        return challenges;
    }
}
