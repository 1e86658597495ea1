using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

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
    private static async Task<Results<Ok<List<ObjectionView>>, ProblemHttpResult>> Objections(Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        List<Objection> readable;
        if (ChallengeVisibility.IsBureauOf(challenge, actor))
        {
            readable = challenge.Objections;
        }
        else if (actor.OrganisationId is { } organisation && challenge.Results.Any(r => r.OrganisationId == organisation))
        {
            readable = challenge.Objections.Where(o => o.OrganisationId == organisation).ToList();
        }
        else
        {
            return Problems.NotFound("The challenge's objections");
        }

        var ids = readable.Select(o => o.OrganisationId).Distinct().ToArray();
        var names = ids.Length == 0
            ? new Dictionary<Guid, string>()
            : (await session.LoadManyAsync<Organisation>(ct, ids)).ToDictionary(o => o.Id, o => o.Name);
        return TypedResults.Ok(readable
            .Select(o => new ObjectionView(o.Id, o.OrganisationId, names.GetValueOrDefault(o.OrganisationId, ""), o.Reason, o.LodgedAt, o.Upheld, o.Answer, o.AnsweredAt))
            .ToList());
    }
}
