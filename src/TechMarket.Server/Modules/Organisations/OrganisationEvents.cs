namespace TechMarket.Server.Modules.Organisations;

/// <summary>Everything that happens to an organisation: the closed set of events on its stream.</summary>
public abstract record OrganisationEvent(Guid OrganisationId, DateTimeOffset At);

/// <summary>An enterprise, university or institute asked to join (注册); a bureau officer of its district decides.</summary>
public sealed record OrganisationRegistered(
    Guid OrganisationId, string Name, OrganisationKind Kind, string District, string CreditCode, Guid RegisteredBy, DateTimeOffset At)
    : OrganisationEvent(OrganisationId, At);

public sealed record OrganisationApproved(Guid OrganisationId, Guid ApprovedBy, DateTimeOffset At) : OrganisationEvent(OrganisationId, At);

public sealed record OrganisationRejected(Guid OrganisationId, string Reason, Guid RejectedBy, DateTimeOffset At) : OrganisationEvent(OrganisationId, At);

/// <summary>暂停: a bureau officer of its district suspends an approved organisation; its users lose access at once.</summary>
public sealed record OrganisationSuspended(Guid OrganisationId, string Reason, Guid SuspendedBy, DateTimeOffset At) : OrganisationEvent(OrganisationId, At);

public sealed record OrganisationReinstated(Guid OrganisationId, Guid ReinstatedBy, DateTimeOffset At) : OrganisationEvent(OrganisationId, At);
