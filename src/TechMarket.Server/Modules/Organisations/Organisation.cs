using JasperFx.Core;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Organisations;

public enum OrganisationStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Was approved; its bureau took its access away (its users' tokens are revoked) until it reinstates it.</summary>
    Suspended,
}

/// <summary>An organisation's state, kept inline as a document: its decisions read it, other modules look it up, and
/// its registration data is what the API shows (the reasons only to itself and its bureau).</summary>
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
    public bool IsApproved => Status == OrganisationStatus.Approved;

    /// <summary>The one fold of an organisation's stream: Marten's inline snapshot, the demo's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Organisation? Evolve(Organisation? state, OrganisationEvent e) => (state, e) switch
    {
        (null, OrganisationRegistered x) => new Organisation(
            x.OrganisationId, x.Name, x.Kind, x.District, x.CreditCode, OrganisationStatus.Pending, null, x.At, null),
        ({ } o, OrganisationApproved x) => o with { Status = OrganisationStatus.Approved, RejectionReason = null, DecidedAt = x.At },
        ({ } o, OrganisationRejected x) => o with { Status = OrganisationStatus.Rejected, RejectionReason = x.Reason, DecidedAt = x.At },
        ({ } o, OrganisationSuspended x) => o with { Status = OrganisationStatus.Suspended, SuspensionReason = x.Reason },
        ({ } o, OrganisationReinstated) => o with { Status = OrganisationStatus.Approved, SuspensionReason = null },
        _ => state,
    };

    /// <summary>The account role that an organisation of this kind gives its users.</summary>
    public static string RoleFor(OrganisationKind kind) => kind == OrganisationKind.Enterprise ? Roles.Enterprise : Roles.University;
}
