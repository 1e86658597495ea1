namespace TechMarket.Server.Modules.Organisations;

public enum OrganisationKind
{
    /// <summary>企业</summary>
    Enterprise,

    /// <summary>高校</summary>
    University,

    /// <summary>科研院所</summary>
    Institute,
}

public enum OrganisationStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>An enterprise, university or institute asked to join (注册); a bureau officer of its district decides.</summary>
public sealed record OrganisationRegistered(
    Guid OrganisationId, string Name, OrganisationKind Kind, string District, string CreditCode, Guid RegisteredBy, DateTimeOffset At);

public sealed record OrganisationApproved(Guid OrganisationId, Guid ApprovedBy, DateTimeOffset At);

public sealed record OrganisationRejected(Guid OrganisationId, string Reason, Guid RejectedBy, DateTimeOffset At);
