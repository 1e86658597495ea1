using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

public sealed record RejectOrganisation([LongText] string Reason);

public sealed class RejectOrganisationValidator : AbstractValidator<RejectOrganisation>
{
    public RejectOrganisationValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}

/// <summary>审核: a bureau officer approves or rejects a pending registration.</summary>
public static class DecideOrganisationEndpoints
{
    public static RouteGroupBuilder MapDecideOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/approve", (Guid id, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Organisation>(http, id, "The organisation",
                    organisation => OrganisationDecisions.Approve(organisation, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Approve a pending organisation");

        group.MapPost("/{id:guid}/reject", (Guid id, RejectOrganisation request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Organisation>(http, id, "The organisation",
                    organisation => OrganisationDecisions.Reject(organisation, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<RejectOrganisation>()
            .WithSummary("Reject a pending organisation with a reason");
        return group;
    }
}
