using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Achievements;

public static class DealQueries
{
    public static RouteGroupBuilder MapDealQueries(this RouteGroupBuilder deals)
    {
        deals.MapGet("/mine", async Task<Ok<IReadOnlyList<DealView>>> (Actor actor, IQuerySession session, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<DealView>>([.. (await session.Query<DealDetails>()
                    .Where(d => d.Buyer.OrganisationId == actor.OrganisationId || d.Seller.OrganisationId == actor.OrganisationId)
                    .OrderByDescending(d => d.UpdatedAt).ToListAsync(ct)).Select(d => d.ToView())]))
            .RequireAuthorization(Policies.Bidder)
            .WithSummary("Your organisation's deals on achievements, either side");
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
