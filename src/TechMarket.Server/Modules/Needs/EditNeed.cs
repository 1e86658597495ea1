using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs;

/// <summary>The enterprise edits its draft, or revises a rejected need (which reopens it as a draft).</summary>
public static class EditNeed
{
    public static Decision Decide(Need need, NeedContent content, Actor actor, DateTimeOffset now) =>
        NeedRules.OwnerOnly(need, actor)
        ?? NeedRules.RequireStatus(need, "edited", NeedStatus.Draft, NeedStatus.Rejected)
        ?? Decision.Accept(new NeedEdited(need.Id, DraftNeed.Normalise(content), actor.UserId, now));

    public static RouteGroupBuilder MapEditNeed(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, NeedContent request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Need>(http, id, "The need", need => Decide(need, request, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<NeedContent>()
            .WithSummary("Edit a draft or rejected need (send If-Match with its ETag)");
        return group;
    }
}
