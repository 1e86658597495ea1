using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>恢复: the bureau of the district reinstates a suspended organisation; its users sign in again (their old
/// tokens stay revoked).</summary>
public sealed record ReinstateOrganisation(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Organisation organisation, ReinstateOrganisation command) =>
        OrganisationRules.CoveringBureauOnly(organisation, command.Actor)
        ?? OrganisationRules.RequireStatus(organisation, OrganisationStatus.Suspended, "Only a suspended organisation can be reinstated")
        ?? Decision.Accept(new OrganisationReinstated(organisation.Id, command.Actor.UserId, command.Now));
}

public static class ReinstateOrganisationEndpoint
{
    public static RouteGroupBuilder MapReinstateOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/reinstate", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Organisation>(id, "The organisation",
                    organisation => ReinstateOrganisation.Decide(organisation, new ReinstateOrganisation(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Reinstate a suspended organisation; its users may sign in again");
        return group;
    }
}
