using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public sealed record AssignExpertRequest(Guid ExpertId);

/// <summary>
/// The bureau assigns an expert to review every bid of a closed challenge. Conflicts are detected, not
/// trusted to the officer: the expert may not belong to, have declared a conflict with, or (through their
/// organisation) have contracted in the last three years with any bidder — every member of a joint bid is one; nor belong to or have declared a
/// conflict with a funding enterprise.
/// </summary>
public sealed record AssignExpert(Guid ExpertId, Actor Actor, DateTimeOffset Now)
{
    public const int RecentContractYears = 3;

    /// <param name="bids">The bids on the challenge (a withdrawn one is no conflict).</param>
    /// <param name="partners">The organisations the expert's organisation contracted with.</param>
    public static Decision Decide(
        Challenge challenge, AssignExpert command, ExpertProfile expert, IReadOnlyList<ChallengeBid> bids, IReadOnlyList<ContractPartner> partners) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "have experts assigned", ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? ExpertPool.RequireApproved(expert)
        ?? AlreadyAssigned(challenge, expert)
        ?? Conflict(challenge, expert, bids, partners, command.Now.DateInChina())
        ?? Decision.Accept(new ExpertAssigned(challenge.Id, expert.Id, expert.Name, command.Actor.UserId, command.Now));

    private static DomainError? AlreadyAssigned(Challenge challenge, ExpertProfile expert) =>
        challenge.Experts.Contains(expert.Id)
            ? DomainError.Conflict("expert-already-assigned", $"{expert.Name} is already assigned to this challenge.")
            : null;

    /// <summary>Why the expert may not review this challenge, or null: the one conflict check of an assignment and a draw.</summary>
    public static DomainError? Conflict(
        Challenge challenge, ExpertProfile expert, IReadOnlyList<ChallengeBid> bids, IReadOnlyList<ContractPartner> partners, DateOnly today)
    {
        // Every organisation of a joint bid is a bidder for conflicts of interest, lead or member.
        var bidders = bids
            .Where(b => b.Standing)
            .SelectMany(b => b.Organisations)
            .Select(o => (o.Id, o.Name, Role: "bidder"))
            .DistinctBy(o => o.Id)
            .ToList();
        var funders = challenge.Funding
            .Select(f => (Id: f.EnterpriseId, Name: f.EnterpriseName, Role: "funding enterprise"))
            .DistinctBy(o => o.Id);
        var parties = bidders.Concat(funders).ToList();

        if (expert.OrganisationId is { } own && parties.FirstOrDefault(p => p.Id == own) is { Name: not null } same)
        {
            return DomainError.Conflict(
                "expert-conflict-same-organisation", $"{expert.Name} belongs to {same.Name}, a {same.Role} of this challenge.");
        }

        if (parties.FirstOrDefault(p => expert.DeclaredConflicts.Contains(p.Id)) is { Name: not null } declared)
        {
            return DomainError.Conflict(
                "expert-conflict-declared", $"{expert.Name} declared a conflict of interest with {declared.Name}, a {declared.Role} of this challenge.");
        }

        // A registration exactly that many years before today still counts.
        var since = today.AddYears(-RecentContractYears);
        var recent = partners.Where(p => p.RegisteredOn.Any(on => on >= since)).Select(p => p.OrganisationId).ToHashSet();
        if (expert.OrganisationId is not null && bidders.FirstOrDefault(b => recent.Contains(b.Id)) is { Name: not null } partner)
        {
            return DomainError.Conflict(
                "expert-conflict-recent-contract",
                $"{expert.Name}'s organisation registered a contract with {partner.Name}, a bidder, within the last {RecentContractYears} years.");
        }

        return null;
    }
}

public static class AssignExpertEndpoint
{
    public static RouteGroupBuilder MapAssignExpert(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/experts", Handle)
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Assign an expert to review the bids (refused, with the reason, on a conflict of interest)");
        return challenges;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, AssignExpertRequest body, IChallengeBids bids, IContractHistory contracts, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await session.LoadAsync<ExpertProfile>(body.ExpertId, ct) is not { } expert)
        {
            return Problems.NotFound("The expert");
        }

        var onChallenge = await bids.OnAsync(session, id, ct);
        var partners = expert.OrganisationId is { } organisation ? await contracts.PartnersOfAsync(session, organisation, ct) : [];
        return await request.Execute<Challenge>(id, "The challenge",
            c => AssignExpert.Decide(c, new AssignExpert(body.ExpertId, request.Actor, request.Now), expert, onChallenge, partners));
    }
}
