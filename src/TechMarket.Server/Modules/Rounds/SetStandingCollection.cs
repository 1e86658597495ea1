using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>Whether the bureau accepts needs outside an open round (常态化征集).</summary>
public sealed record StandingCollectionRequest(bool Allowed);

/// <summary>A bureau sets its own collection policy; the stream starts with its first setting.</summary>
public sealed record SetStandingCollection(bool Allowed, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(CollectionPolicy? policy, SetStandingCollection command)
    {
        if (!command.Actor.IsIn(Roles.Bureau) || command.Actor.Jurisdiction is not { } bureau)
        {
            return DomainError.Forbidden("not-a-bureau", "Only a bureau sets its collection policy.");
        }

        return policy is not null && policy.StandingCollection == command.Allowed
            ? Decision.Accept()
            : Decision.Accept(new StandingCollectionSet(CollectionPolicy.IdFor(bureau), bureau, command.Allowed, command.Actor.UserId, command.Now));
    }
}

public static class SetStandingCollectionEndpoint
{
    public static RouteGroupBuilder MapSetStandingCollection(this RouteGroupBuilder group)
    {
        group.MapPut("/standing-collection", (StandingCollectionRequest body, [AsParameters] RequestContext request) =>
                request.ExecuteOrStart<CollectionPolicy, Microsoft.AspNetCore.Http.HttpResults.NoContent>(
                    CollectionPolicy.IdFor(request.Actor.Jurisdiction ?? string.Empty),
                    policy => SetStandingCollection.Decide(policy, new SetStandingCollection(body.Allowed, request.Actor, request.Now)),
                    _ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Allow or refuse needs outside an open round in your jurisdiction (常态化征集)");
        return group;
    }
}
