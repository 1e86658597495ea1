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

    /// <summary>Was approved; its bureau took its access away (its users' tokens are revoked) until it reinstates it.</summary>
    Suspended,
}

/// <summary>An enterprise, university or institute asked to join (注册); a bureau officer of its district decides.</summary>
public sealed record OrganisationRegistered(
    Guid OrganisationId, string Name, OrganisationKind Kind, string District, string CreditCode, Guid RegisteredBy, DateTimeOffset At);

public sealed record OrganisationApproved(Guid OrganisationId, Guid ApprovedBy, DateTimeOffset At);

public sealed record OrganisationRejected(Guid OrganisationId, string Reason, Guid RejectedBy, DateTimeOffset At);

/// <summary>暂停: a bureau officer of its district suspends an approved organisation; its users lose access at once.</summary>
public sealed record OrganisationSuspended(Guid OrganisationId, string Reason, Guid SuspendedBy, DateTimeOffset At);

public sealed record OrganisationReinstated(Guid OrganisationId, Guid ReinstatedBy, DateTimeOffset At);
