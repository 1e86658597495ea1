using JasperFx.Core;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

public enum DealStatus
{
    Open,
    Agreed,
    Closed,
}

/// <summary>A deal as decisions see it: the achievement, both sides, the latest proposal.</summary>
public sealed record Deal(
    Guid Id, Guid AchievementId, string Field, IReadOnlyList<TransferMode> TransferModes, DealParty Seller, DealParty Buyer, DealStatus Status,
    DealTermsProposed? Latest)
{
    public bool IsSide(Actor actor) => ContractRules.IsOrganisationUser(actor) && (actor.BelongsTo(Seller.OrganisationId) || actor.BelongsTo(Buyer.OrganisationId));

    /// <summary>The one fold of a deal stream ([JasperFxIgnore]: not Marten's instance Evolve convention).</summary>
    [JasperFxIgnore]
    public static Deal? Evolve(Deal? state, DealEvent e) => (state, e) switch
    {
        (null, DealOpened o) => new Deal(o.DealId, o.AchievementId, o.Field, o.TransferModes, o.Seller, o.Buyer, DealStatus.Open, null),
        ({ } d, DealTermsProposed p) => d with { Latest = p },
        ({ } d, DealAgreed) => d with { Status = DealStatus.Agreed },
        ({ } d, DealClosed) => d with { Status = DealStatus.Closed },
        _ => state,
    };

    public static DomainError? SidesOnly(Deal deal, Actor actor) =>
        deal.IsSide(actor) ? null : DomainError.Forbidden("not-a-party", "Only the two sides of the deal may do this.");

    public static DomainError? RequireOpen(Deal deal) =>
        deal.Status == DealStatus.Open ? null : DomainError.Conflict("invalid-transition", $"The deal is {deal.Status.ToString().ToLowerInvariant()}.");
}
