using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>A bureau officer of the organisation's district (or of the whole city) approves or rejects it, once;
/// later suspends an approved organisation and reinstates it.</summary>
public static class OrganisationDecisions
{
    public static Decision Approve(Organisation organisation, Actor officer, DateTimeOffset now) =>
        Check(organisation, officer) ?? Decision.Accept(new OrganisationApproved(organisation.Id, officer.UserId, now));

    public static Decision Reject(Organisation organisation, string reason, Actor officer, DateTimeOffset now) =>
        Check(organisation, officer) ?? Decision.Accept(new OrganisationRejected(organisation.Id, reason.Trim(), officer.UserId, now));

    public static Decision Suspend(Organisation organisation, string reason, Actor officer, DateTimeOffset now) =>
        Check(organisation, officer, OrganisationStatus.Approved, "Only an approved organisation can be suspended")
        ?? Decision.Accept(new OrganisationSuspended(organisation.Id, reason.Trim(), officer.UserId, now));

    public static Decision Reinstate(Organisation organisation, Actor officer, DateTimeOffset now) =>
        Check(organisation, officer, OrganisationStatus.Suspended, "Only a suspended organisation can be reinstated")
        ?? Decision.Accept(new OrganisationReinstated(organisation.Id, officer.UserId, now));

    private static Decision? Check(Organisation organisation, Actor officer, OrganisationStatus required, string refusal)
    {
        if (!officer.Covers(organisation.District))
        {
            return OutsideJurisdiction;
        }

        if (organisation.Status != required)
        {
            return DomainError.Conflict($"not-{required.ToString().ToLowerInvariant()}",
                $"{refusal}; this one is {organisation.Status.ToString().ToLowerInvariant()}.");
        }

        return null;
    }

    private static DomainError OutsideJurisdiction =>
        DomainError.Forbidden("outside-jurisdiction", "The organisation is registered in a district outside your jurisdiction.");

    private static Decision? Check(Organisation organisation, Actor officer)
    {
        if (!officer.Covers(organisation.District))
        {
            return OutsideJurisdiction;
        }

        if (organisation.Status != OrganisationStatus.Pending)
        {
            return DomainError.Conflict("already-decided", $"The registration was already {organisation.Status.ToString().ToLowerInvariant()}.");
        }

        return null;
    }
}
