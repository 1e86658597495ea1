using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>The enterprise edits its draft, or revises a rejected need (which reopens it as a draft).</summary>
/// <param name="Own">The caller's organisation as read with the stream (<see cref="ActingOrganisation"/>).</param>
public sealed record EditNeed(NeedContent Content, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Need need, EditNeed command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? NeedRules.OwnerOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "edited", NeedStatus.Draft, NeedStatus.Rejected)
        ?? Decision.Accept(new NeedEdited(need.Id, command.Content.Normalised(), command.Actor.UserId, command.Now));
}

public static class EditNeedEndpoint
{
    public static RouteGroupBuilder MapEditNeed(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, NeedContent body, [AsParameters] RequestContext request) =>
                request.Execute<Need, Organisation?>(id, "The need", request.OwnOrganisation(),
                    (need, own) => EditNeed.Decide(need, new EditNeed(body, request.Actor, request.Now, own))))
            .RequireAuthorization(Policies.NeedPoster)
            .Validate<NeedContent>()
            .WithSummary("Edit a draft or rejected need (send If-Match with its ETag)");
        return group;
    }
}
