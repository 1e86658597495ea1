using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// The bureau assigns an expert to review every bid of a closed challenge. Conflicts are detected, not
/// trusted to the officer: the expert may not belong to, have declared a conflict with, or (through their
/// organisation) have contracted in the last three years with any bidder; nor belong to or have declared a
/// conflict with a funding enterprise.
/// </summary>
public static class AssignExpert
{
    public const int RecentContractYears = 3;

    public static Decision Decide(
        Challenge challenge,
        ExpertProfile expert,
        IReadOnlyList<Bid> activeBids,
        IReadOnlyCollection<ContractHistory> history,
        Actor officer,
        DateTimeOffset now) =>
        ChallengeRules.CoveringBureauOnly(challenge, officer)
        ?? ChallengeRules.RequireStatus(challenge, "have experts assigned", ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? AlreadyAssigned(challenge, expert)
        ?? Conflicts(challenge, expert, activeBids, history, now.DateInChina())
        ?? Decision.Accept(new ExpertAssigned(challenge.Id, expert.Id, expert.Name, officer.UserId, now));

    private static DomainError? AlreadyAssigned(Challenge challenge, ExpertProfile expert) =>
        challenge.Experts.Contains(expert.Id)
            ? DomainError.Conflict("expert-already-assigned", $"{expert.Name} is already assigned to this challenge.")
            : null;

    private static DomainError? Conflicts(
        Challenge challenge, ExpertProfile expert, IReadOnlyList<Bid> activeBids, IReadOnlyCollection<ContractHistory> history, DateOnly today)
    {
        // A withdrawn bid is no longer reviewed, so its organisation is no conflict.
        var bidders = activeBids
            .Where(b => b.ChallengeId == challenge.Id && b.Status == BidStatus.Submitted)
            .Select(b => (Id: b.OrganisationId, Name: b.OrganisationName, Role: "bidder"))
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

        if (expert.OrganisationId is { } organisation
            && bidders.FirstOrDefault(b => ContractHistory.ContractedWithin(history, organisation, b.Id, today, RecentContractYears)) is { Name: not null } partner)
        {
            return DomainError.Conflict(
                "expert-conflict-recent-contract",
                $"{expert.Name}'s organisation registered a contract with {partner.Name}, a bidder, within the last {RecentContractYears} years.");
        }

        return null;
    }
}
