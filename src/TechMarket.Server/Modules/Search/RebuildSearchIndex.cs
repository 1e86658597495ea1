using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Search;

/// <summary>Who operates a node's index (its status and a rebuild): the platform admin and the city bureau.</summary>
public static class SearchOperators
{
    public static DomainError? Refusal(Actor actor) =>
        actor.IsIn(Roles.Admin) || (actor.IsIn(Roles.Bureau) && actor.Jurisdiction == Jurisdictions.City)
            ? null
            : DomainError.Forbidden("operators-only", "Only the platform admin and the city bureau operate the search index.");
}

/// <summary>Empties this node's index; its feeder replays every event into it, and the node answers from what it has
/// replayed meanwhile.</summary>
public static class RebuildSearchIndexEndpoint
{
    public static RouteGroupBuilder MapRebuildSearchIndex(this RouteGroupBuilder search)
    {
        search.MapPost("/rebuild", Handle)
            .RequireAuthorization(Policies.User)
            .WithSummary("Rebuild this node's index from the events (operators); it answers from the events again as the feeder catches up");
        return search;
    }

    private static Results<Accepted<SearchIndexStatus>, ValidationProblem, ProblemHttpResult> Handle(Actor actor, SearchIndex index)
    {
        if (SearchOperators.Refusal(actor) is { } refused)
        {
            return Problems.Refuse<Accepted<SearchIndexStatus>>(refused);
        }

        index.Reset();
        return TypedResults.Accepted("/api/search/status", index.Status());
    }
}
