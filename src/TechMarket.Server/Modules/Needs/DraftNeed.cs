using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>An enterprise user starts a need for their own (approved) enterprise.</summary>
public static class DraftNeed
{
    public static Decision Decide(Guid needId, Organisation? organisation, NeedContent content, Actor actor, DateTimeOffset now)
    {
        if (organisation is null || !actor.BelongsTo(organisation.Id) || organisation.Kind != OrganisationKind.Enterprise)
        {
            return DomainError.Forbidden("not-an-enterprise", "Only users of an enterprise can post technology needs.");
        }

        if (!organisation.IsApproved)
        {
            return DomainError.Conflict("organisation-not-approved", "Your organisation's registration has not been approved yet.");
        }

        return Decision.Accept(new NeedDrafted(
            needId, organisation.Id, organisation.Name, organisation.District, Normalise(content), actor.UserId, now));
    }

    internal static NeedContent Normalise(NeedContent content) => content with
    {
        Title = content.Title.Trim(),
        Description = content.Description.Trim(),
        PublicSummary = content.PublicSummary.Trim(),
        ConfidentialDetails = string.IsNullOrWhiteSpace(content.ConfidentialDetails) ? null : content.ConfidentialDetails.Trim(),
    };

    public static RouteGroupBuilder MapDraftNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/", async (NeedContent request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var organisation = actor.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id, ct) : null;
                var needId = Guid.CreateVersion7();
                var decision = Decide(needId, organisation, request, actor, clock.GetUtcNow());
                return await session.Start<Need>(http, needId, decision, $"/api/needs/{needId}", ct);
            })
            .RequireAuthorization(Policies.Enterprise)
            .Validate<NeedContent>()
            .WithSummary("Draft a technology need (技术需求)");
        return group;
    }
}
