using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

public static class DealQueries
{
    public static RouteGroupBuilder MapDealQueries(this RouteGroupBuilder deals)
    {
        // Paged like "my bids": an organisation's deals grow with every achievement it buys or sells.
        deals.MapGet("/mine", async Task<Results<Ok<Paged<DealView>>, ValidationProblem>> (Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Problem(page, pageSize) is { } problem
                    ? problem
                    : TypedResults.Ok((await session.Query<DealDetails>()
                        .Where(d => d.Buyer.OrganisationId == actor.OrganisationId || d.Seller.OrganisationId == actor.OrganisationId)
                        .OrderByDescending(d => d.UpdatedAt).ThenBy(d => d.Id).PageAsync(page, pageSize, ct)).As(d => d.ToView())))
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Your organisation's deals on achievements, either side, last changed first, a page at a time");
        deals.MapGet("/{id:guid}", async Task<Results<Ok<DealView>, ProblemHttpResult>> (Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<DealDetails>(id, ct) is not { } deal
                    || !(actor.BelongsTo(deal.Buyer.OrganisationId) || actor.BelongsTo(deal.Seller.OrganisationId)))
                {
                    return Problems.NotFound("The deal");
                }

                http.Response.SetETag(deal.Version);
                return TypedResults.Ok(deal.ToView());
            })
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("One deal with its proposals (its two sides)");
        return deals;
    }
}
