using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public static class ObjectionQueries
{
    public static RouteGroupBuilder MapObjections(this RouteGroupBuilder challenges)
    {
        challenges.MapGet("/{id:guid}/objections", Objections).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Objections to the proposed award: all of them for the bureau, its own for a bidder");
        return challenges;
    }

    /// <summary>Who objected is the bureau's and the objector's to know: a bidder reads its own objections only, and
    /// anyone else learns nothing — not even whether there are any.</summary>
    private static async Task<Results<Ok<List<Objection>>, ProblemHttpResult>> Objections(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        if (ChallengeVisibility.IsBureauOf(challenge, actor))
        {
            return TypedResults.Ok(challenge.Objections);
        }

        return actor.OrganisationId is { } organisation && challenge.Results.Any(r => r.OrganisationId == organisation)
            ? TypedResults.Ok(challenge.Objections.Where(o => o.OrganisationId == organisation).ToList())
            : Problems.NotFound("The challenge's objections");
    }
}
