using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>审核: a bureau officer of the district approves a pending registration; its users may work from then on.</summary>
public sealed record ApproveOrganisation(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Organisation organisation, ApproveOrganisation command) =>
        OrganisationRules.CoveringBureauOnly(organisation, command.Actor)
        ?? OrganisationRules.RequirePending(organisation)
        ?? Decision.Accept(new OrganisationApproved(organisation.Id, command.Actor.UserId, command.Now));
}

public static class ApproveOrganisationEndpoint
{
    public static RouteGroupBuilder MapApproveOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/approve", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Organisation>(id, "The organisation",
                    organisation => ApproveOrganisation.Decide(organisation, new ApproveOrganisation(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Approve a pending organisation");
        return group;
    }
}
