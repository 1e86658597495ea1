using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

public static class TrialQueries
{
    public static RouteGroupBuilder MapTrialQueries(this RouteGroupBuilder trials)
    {
        // Paged like "my bids": an organisation's trials grow with every 先用后转 it takes or grants.
        trials.MapGet("/mine", async Task<Results<Ok<Paged<TrialView>>, ValidationProblem>> (Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Problem(page, pageSize) is { } problem
                    ? problem
                    : TypedResults.Ok((await session.Query<TrialDetails>()
                        .Where(t => t.Buyer.OrganisationId == actor.OrganisationId || t.Seller.OrganisationId == actor.OrganisationId)
                        .OrderBy(t => t.EndsOn).ThenBy(t => t.Id).PageAsync(page, pageSize, ct)).As(t => t.ToView())))
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Trials your organisation takes or grants, ending soonest first, a page at a time");
        trials.MapGet("/{id:guid}", async Task<Results<Ok<TrialView>, ProblemHttpResult>> (Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<TrialDetails>(id, ct) is not { } trial
                    || !(actor.BelongsTo(trial.Buyer.OrganisationId) || actor.BelongsTo(trial.Seller.OrganisationId)
                         || actor.Covers(trial.Buyer.District) || actor.Covers(trial.Seller.District)))
                {
                    return Problems.NotFound("The trial");
                }

                if (actor.BelongsTo(trial.Buyer.OrganisationId))
                {
                    http.Response.SetETag(trial.Version);
                }

                return TypedResults.Ok(trial.ToView());
            })
            .RequireAuthorization(Policies.User)
            .WithSummary("One trial (its two organisations and their bureaus)");
        return trials;
    }
}
