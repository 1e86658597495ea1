namespace TechMarket.Server.Modules.Organisations;

/// <summary>An organisation's state, kept inline as a document so that other modules can look it up.</summary>
public sealed record Organisation(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string District,
    string CreditCode,
    OrganisationStatus Status,
    string? RejectionReason,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DecidedAt,
    string? SuspensionReason = null)
{
    public static Organisation Create(OrganisationRegistered e) =>
        new(e.OrganisationId, e.Name, e.Kind, e.District, e.CreditCode, OrganisationStatus.Pending, null, e.At, null);

    public Organisation Apply(OrganisationApproved e) =>
        this with { Status = OrganisationStatus.Approved, RejectionReason = null, DecidedAt = e.At };

    public Organisation Apply(OrganisationRejected e) =>
        this with { Status = OrganisationStatus.Rejected, RejectionReason = e.Reason, DecidedAt = e.At };

    public Organisation Apply(OrganisationSuspended e) =>
        this with { Status = OrganisationStatus.Suspended, SuspensionReason = e.Reason };

    public Organisation Apply(OrganisationReinstated e) =>
        this with { Status = OrganisationStatus.Approved, SuspensionReason = null };

    public bool IsApproved => Status == OrganisationStatus.Approved;

    /// <summary>The account role that an organisation of this kind gives its users.</summary>
    public static string RoleFor(OrganisationKind kind) =>
        kind == OrganisationKind.Enterprise ? Infrastructure.Auth.Roles.Enterprise : Infrastructure.Auth.Roles.University;
}
