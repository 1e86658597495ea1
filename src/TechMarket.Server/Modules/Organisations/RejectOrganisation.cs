using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

[OpenApiSchemaName("RejectOrganisation")]
public sealed record RejectOrganisationRequest([LongText] string Reason);

public sealed class RejectOrganisationValidator : AbstractValidator<RejectOrganisationRequest>
{
    public RejectOrganisationValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>审核: a bureau officer of the district turns a pending registration down, with a reason.</summary>
public sealed record RejectOrganisation(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Organisation organisation, RejectOrganisation command) =>
        OrganisationRules.CoveringBureauOnly(organisation, command.Actor)
        ?? OrganisationRules.RequirePending(organisation)
        ?? Decision.Accept(new OrganisationRejected(organisation.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RejectOrganisationEndpoint
{
    public static RouteGroupBuilder MapRejectOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/reject", (Guid id, RejectOrganisationRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Organisation>(id, "The organisation",
                    organisation => RejectOrganisation.Decide(organisation, new RejectOrganisation(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<RejectOrganisationRequest>()
            .WithSummary("Reject a pending organisation with a reason");
        return group;
    }
}
