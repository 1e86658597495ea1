using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>The bureau approves an expert's registration into the pool, or the edit an approved expert proposed.</summary>
public static class ApproveExpertEndpoint
{
    public static RouteGroupBuilder MapApproveExpert(this RouteGroupBuilder experts)
    {
        experts.MapPost("/{id:guid}/approve", Handle)
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Approve an expert's registration, or apply the change it proposed (send If-Match with its revision)");
        return experts;
    }

    private static async Task<Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>> Handle(Guid id, [AsParameters] RequestContext request)
    {
        var (session, http, ct) = (request.Session, request.Http, request.Cancellation);
        if (ExpertPool.CityBureauOnly(request.Actor) is { } outside)
        {
            return Problems.Refuse<Ok<ExpertProfile>>(outside);
        }

        var (current, revision, expected, problem) = await ExpertProfileStore.LoadAsync(session, id, http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (current is null)
        {
            return Problems.NotFound("The expert");
        }

        return ExpertPool.Approve(current, out var approved) is { } refused
            ? Problems.Refuse<Ok<ExpertProfile>>(refused)
            : await ExpertProfileStore.SaveAsync(session, current, revision, expected, approved, http.Response, ct);
    }
}
