using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

[OpenApiSchemaName("SuspendOrganisation")]
public sealed record SuspendOrganisationRequest(string Reason);

public sealed class SuspendOrganisationValidator : AbstractValidator<SuspendOrganisationRequest>
{
    public SuspendOrganisationValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>暂停: a bureau officer of the district suspends an approved organisation — its users' tokens stop opening the
/// API within seconds and they cannot sign in (OrganisationAccessProjection, in the same transaction).</summary>
public sealed record SuspendOrganisation(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Organisation organisation, SuspendOrganisation command) =>
        OrganisationRules.CoveringBureauOnly(organisation, command.Actor)
        ?? OrganisationRules.RequireStatus(organisation, OrganisationStatus.Approved, "Only an approved organisation can be suspended")
        ?? Decision.Accept(new OrganisationSuspended(organisation.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class SuspendOrganisationEndpoint
{
    public static RouteGroupBuilder MapSuspendOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/suspend", (Guid id, SuspendOrganisationRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Organisation>(id, "The organisation",
                    organisation => SuspendOrganisation.Decide(organisation, new SuspendOrganisation(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<SuspendOrganisationRequest>()
            .WithSummary("Suspend an approved organisation: its users lose access at once");
        return group;
    }
}
