using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Needs;

/// <summary>Who may act on a need: its own enterprise, or a bureau officer whose jurisdiction covers its district.</summary>
internal static class NeedRules
{
    public static DomainError? OwnerOnly(Need need, Actor actor) =>
        actor.BelongsTo(need.OrganisationId)
            ? null
            : DomainError.Forbidden("not-owner", "Only the enterprise that posted this need may change it.");

    public static DomainError? CoveringBureauOnly(Need need, Actor actor) =>
        actor.Covers(need.District)
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "The need belongs to a district outside your jurisdiction.");

    public static DomainError? RequireStatus(Need need, string action, params NeedStatus[] allowed) =>
        allowed.Contains(need.Status)
            ? null
            : DomainError.Conflict("invalid-transition", $"A need that is {Describe(need.Status)} cannot be {action}.");

    public static string Describe(NeedStatus status) => status switch
    {
        NeedStatus.Draft => "a draft",
        NeedStatus.Submitted => "submitted",
        NeedStatus.Accepted => "accepted",
        NeedStatus.Rejected => "rejected",
        NeedStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
