using Marten;
using Marten.Events.Projections;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>
/// Takes a suspended organisation's access away in the same transaction as the suspension: the identity schema's
/// suspend_organisation revokes every authorization and token of its accounts and records the suspension in the
/// revocation log that every node follows. Inline, so no suspension is ever committed without it.
/// </summary>
public sealed partial class OrganisationAccessProjection : EventProjection
{
    public void Project(OrganisationSuspended e, IDocumentOperations operations) =>
        operations.QueueOperation(new SqlCheck("select identity.suspend_organisation(?)", e.OrganisationId));

    public void Project(OrganisationReinstated e, IDocumentOperations operations) =>
        operations.QueueOperation(new SqlCheck("select identity.reinstate_organisation(?)", e.OrganisationId));
}
