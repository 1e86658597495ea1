using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The rules every contract decision shares: who may act, in which status, and what valid terms are.</summary>
public static class ContractRules
{
    /// <summary>At most this many payment stages per contract.</summary>
    public const int MaxMilestones = 24;

    /// <summary>An authorised user of one of the parties: a user of the organisation, signed in with its role.</summary>
    public static DomainError? PartyUserOnly(Contract contract, Actor actor) =>
        IsOrganisationUser(actor) && contract.IsParty(actor.OrganisationId)
            ? null
            : DomainError.Forbidden("not-a-party", "Only a user of a party to this contract may do this.");

    /// <summary>A user of the lead organisation of one side (the buyer or the seller).</summary>
    public static DomainError? LeadUserOnly(Contract contract, Actor actor, PartySide side) =>
        IsOrganisationUser(actor) && actor.BelongsTo(side == PartySide.Buyer ? contract.Buyer.OrganisationId : contract.Seller.OrganisationId)
            ? null
            : DomainError.Forbidden("not-a-party", $"Only the {(side == PartySide.Buyer ? "buyer" : "seller")} may do this.");

    /// <summary>A user of any party on one side: every seller-side member delivers, every buyer-side member judges.</summary>
    public static DomainError? SideUserOnly(Contract contract, Actor actor, PartySide side) =>
        IsOrganisationUser(actor) && contract.Parties.Any(p => p.Side == side && actor.BelongsTo(p.OrganisationId))
            ? null
            : DomainError.Forbidden("not-a-party", $"Only a party on the {(side == PartySide.Buyer ? "buyer" : "seller")}'s side may do this.");

    /// <summary>Nothing flows to a suspended party: refuses while any party but the caller's organisation is suspended (or
    /// was not read), naming no one. Applied after the caller is known to be a party, so an outsider learns nothing.</summary>
    public static DomainError? OtherPartiesActive(Contract contract, Actor actor, IReadOnlyCollection<Organisation>? parties) =>
        ActingOrganisation.PartiesRefusal(actor, contract.Parties.Select(p => p.OrganisationId), parties);

    public static DomainError? RequireMilestone(Contract contract, int number, string action, out Milestone milestone, params MilestoneStatus[] allowed)
    {
        milestone = contract.MilestoneNumbered(number)!;
        if (milestone is null)
        {
            return DomainError.NotFound("no-such-milestone", $"The contract has no milestone {number}.");
        }

        return allowed.Contains(milestone.Status)
            ? null
            : DomainError.Conflict("invalid-transition", $"Milestone {number} is {milestone.Status.ToString().ToLowerInvariant()} and cannot {action}.");
    }

    /// <summary>认定登记 happens where the seller (developer, transferor, licensor) is.</summary>
    public static DomainError? RegisteringBureauOnly(Contract contract, Actor actor) =>
        actor.Covers(contract.Seller.District)
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "The contract is registered by the bureau of the seller's district, which is outside your jurisdiction.");

    public static DomainError? RequireStatus(Contract contract, string action, params ContractStatus[] allowed) =>
        allowed.Contains(contract.Status)
            ? null
            : DomainError.Conflict("invalid-transition", $"A contract that is {Describe(contract.Status)} cannot {action}.");

    public static bool IsOrganisationUser(Actor actor) =>
        actor.OrganisationId is not null && (actor.IsIn(Roles.Enterprise) || actor.IsIn(Roles.University));

    /// <summary>
    /// The invariants of terms, whoever proposes them (a party, a deal, an award, a trial): a technology amount above
    /// zero and not above the contract amount, and milestones that sum to the contract amount exactly.
    /// </summary>
    public static DomainError? TermsProblem(ContractTerms terms)
    {
        if (terms.ContractAmount <= 0 || !Money.IsAmount(terms.ContractAmount))
        {
            return DomainError.Invalid("contractAmount", "The contract amount (成交额) must be more than zero. " + Money.Rule);
        }

        if (terms.TechnologyAmount <= 0 || terms.TechnologyAmount > terms.ContractAmount)
        {
            return DomainError.Invalid("technologyAmount", "The technology amount (技术交易额) must be more than zero and not above the contract amount.");
        }

        if (terms.Milestones.Count is 0 or > MaxMilestones)
        {
            return DomainError.Invalid("milestones", $"A contract has 1 to {MaxMilestones} milestones.");
        }

        if (terms.Milestones.Any(m => m.Amount <= 0 || !Money.IsAmount(m.Amount)))
        {
            return DomainError.Invalid("milestones", "Every milestone's amount must be more than zero. " + Money.Rule);
        }

        var sum = terms.Milestones.Sum(m => m.Amount);
        return sum == terms.ContractAmount
            ? null
            : DomainError.Invalid("milestones", $"The milestones sum to {sum:0.00}, not to the contract amount {terms.ContractAmount:0.00}.");
    }

    public static string Describe(ContractStatus status) => status switch
    {
        ContractStatus.Draft => "a draft",
        ContractStatus.FullySigned => "signed and waiting for registration",
        ContractStatus.Registered => "registered",
        ContractStatus.Completed => "completed",
        ContractStatus.Terminated => "terminated",
        _ => status.ToString(),
    };

    /// <summary>The technology share of settled money so far: the technology amount in proportion, to the fen.
    /// Recording the difference of this cumulative share makes the shares of all payments add up to the registered
    /// technology amount exactly when the contract is fully paid.</summary>
    public static decimal TechnologyShare(Contract contract, decimal settled)
    {
        var registered = contract.Registration?.TechnologyAmount ?? contract.Terms.TechnologyAmount;
        return Math.Round(registered * settled / contract.Terms.ContractAmount, 2, MidpointRounding.AwayFromZero);
    }
}
