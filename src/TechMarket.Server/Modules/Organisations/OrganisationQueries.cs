using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Organisations;

public static class OrganisationQueries
{
    public static RouteGroupBuilder MapOrganisationQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.SignedIn)
            .WithSummary("An organisation's public registration data and status");
        group.MapGet("/mine", Mine).RequireAuthorization(Policies.User)
            .WithSummary("The caller's organisation");
        group.MapGet("/pending", Pending).RequireAuthorization(Policies.Bureau)
            .WithSummary("Registrations waiting for the caller's approval");
        return group;
    }

    private static async Task<Results<Ok<Organisation>, ProblemHttpResult>> Get(Guid id, [AsParameters] RequestContext request)
    {
        var (actor, session, ct) = (request.Actor, request.Session, request.Cancellation);
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        var insider = organisation is not null && (actor.BelongsTo(id) || actor.Covers(organisation.District));
        // An organisation that was never approved has not joined the platform: to anyone but itself and its
        // bureau it does not exist (its credit code and status are its own business).
        if (organisation is null || (!insider && organisation.Status is OrganisationStatus.Pending or OrganisationStatus.Rejected))
        {
            return Problems.NotFound("The organisation");
        }

        var version = await session.Events.FetchStreamStateAsync(id, ct);
        request.Http.Response.SetETag(version?.Version ?? 0);
        // Why a registration was turned down or an organisation suspended is between it and its bureau.
        return TypedResults.Ok(insider ? organisation : organisation with { RejectionReason = null, SuspensionReason = null });
    }

    private static async Task<Results<Ok<Organisation>, ProblemHttpResult>> Mine(Actor actor, IQuerySession session, CancellationToken ct) =>
        actor.OrganisationId is { } id && await session.LoadAsync<Organisation>(id, ct) is { } organisation
            ? TypedResults.Ok(organisation)
            : Problems.NotFound("Your organisation");

    private static async Task<Ok<IReadOnlyList<Organisation>>> Pending(Actor actor, IQuerySession session, CancellationToken ct)
    {
        var query = session.Query<Organisation>().Where(o => o.Status == OrganisationStatus.Pending);
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(o => o.District == actor.Jurisdiction);
        }

        return TypedResults.Ok(await query.OrderBy(o => o.RegisteredAt).ToListAsync(ct));
    }
}
