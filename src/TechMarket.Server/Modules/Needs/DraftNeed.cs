using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>An enterprise user starts a need for their own (approved) enterprise; the body is <see cref="NeedContent"/>.</summary>
public sealed record DraftNeed(Guid NeedId, NeedContent Content, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(DraftNeed command, Organisation? organisation)
    {
        var actor = command.Actor;
        if (organisation is null || !actor.BelongsTo(organisation.Id) || organisation.Kind != OrganisationKind.Enterprise)
        {
            return DomainError.Forbidden("not-an-enterprise", "Only users of an enterprise can post technology needs.");
        }

        if (!organisation.IsApproved)
        {
            return DomainError.Conflict("organisation-not-approved", "Your organisation's registration has not been approved yet.");
        }

        return Decision.Accept(new NeedDrafted(
            command.NeedId, organisation.Id, organisation.Name, organisation.District, command.Content.Normalised(), actor.UserId, command.Now));
    }
}

public static class DraftNeedEndpoint
{
    public static RouteGroupBuilder MapDraftNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/", async (NeedContent body, [AsParameters] RequestContext request) =>
            {
                var organisation = request.Actor.OrganisationId is { } id ? await request.Session.LoadAsync<Organisation>(id, request.Cancellation) : null;
                var needId = Guid.CreateVersion7();
                var decision = DraftNeed.Decide(new DraftNeed(needId, body, request.Actor, request.Now), organisation);
                return await request.Start<Need>(needId, decision, $"/api/needs/{needId}");
            })
            .RequireAuthorization(Policies.Enterprise)
            .Validate<NeedContent>()
            .WithSummary("Draft a technology need (技术需求)");
        return group;
    }
}
