using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>A bureau officer of the organisation's district (or of the whole city) decides on it, in the right status.</summary>
internal static class OrganisationRules
{
    public static DomainError? CoveringBureauOnly(Organisation organisation, Actor officer) =>
        officer.Covers(organisation.District)
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "The organisation is registered in a district outside your jurisdiction.");

    /// <summary>A registration is decided once: approved or rejected while it is pending.</summary>
    public static DomainError? RequirePending(Organisation organisation) =>
        organisation.Status == OrganisationStatus.Pending
            ? null
            : DomainError.Conflict("already-decided", $"The registration was already {Describe(organisation.Status)}.");

    public static DomainError? RequireStatus(Organisation organisation, OrganisationStatus required, string refusal) =>
        organisation.Status == required
            ? null
            : DomainError.Conflict($"not-{Describe(required)}", $"{refusal}; this one is {Describe(organisation.Status)}.");

    private static string Describe(OrganisationStatus status) => status.ToString().ToLowerInvariant();
}
