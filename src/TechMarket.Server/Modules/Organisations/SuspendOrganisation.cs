using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Organisations;

public sealed record SuspendOrganisation(string Reason);

public sealed class SuspendOrganisationValidator : AbstractValidator<SuspendOrganisation>
{
    public SuspendOrganisationValidator() => RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
}

/// <summary>暂停 / 恢复: a bureau officer of the district suspends an approved organisation — its users' tokens stop
/// opening the API within seconds and they cannot sign in — and later reinstates it (its users sign in again).</summary>
public static class SuspendOrganisationEndpoints
{
    public static RouteGroupBuilder MapSuspendOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/suspend", (Guid id, SuspendOrganisation request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Organisation>(http, id, "The organisation",
                    organisation => OrganisationDecisions.Suspend(organisation, request.Reason, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<SuspendOrganisation>()
            .WithSummary("Suspend an approved organisation: its users lose access at once");

        group.MapPost("/{id:guid}/reinstate", (Guid id, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Organisation>(http, id, "The organisation",
                    organisation => OrganisationDecisions.Reinstate(organisation, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Reinstate a suspended organisation; its users may sign in again");
        return group;
    }
}
