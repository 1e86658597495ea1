using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public static class ExpertProfileQueries
{
    public static RouteGroupBuilder MapExpertProfileQueries(this RouteGroupBuilder experts)
    {
        experts.MapGet("/me", Mine).RequireAuthorization(Policies.Expert).WithSummary("Your expert profile");
        experts.MapGet("/", Pool).RequireAuthorization(Policies.Bureau).WithSummary("The expert pool, optionally by field");
        return experts;
    }

    private static async Task<Results<Ok<ExpertProfile>, ProblemHttpResult>> Mine(Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await session.LoadAsync<ExpertProfile>(actor.UserId, ct) is not { } profile)
        {
            return Problems.NotFound("Your expert profile");
        }

        http.Response.SetETag((await session.MetadataForAsync(profile, ct))?.CurrentRevision ?? 0);
        return TypedResults.Ok(profile);
    }

    private static async Task<Ok<List<ExpertProfile>>> Pool(IQuerySession session, string? field, CancellationToken ct)
    {
        var profiles = await session.Query<ExpertProfile>().OrderBy(e => e.Name).ToListAsync(ct);
        return TypedResults.Ok(string.IsNullOrWhiteSpace(field)
            ? [.. profiles]
            : profiles.Where(p => p.Fields.Any(f => f.StartsWith(field, StringComparison.Ordinal))).ToList());
    }
}
