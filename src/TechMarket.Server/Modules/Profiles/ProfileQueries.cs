using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>The three lists are public (of approved organisations); what a broker follows is the broker's alone.</summary>
public static class ProfileQueries
{
    /// <summary>How many of an enterprise's accepted needs its third list shows, newest first.</summary>
    public const int ListedNeeds = 50;

    public static RouteGroupBuilder MapProfileQueries(this RouteGroupBuilder profiles)
    {
        profiles.MapGet("/mine", Mine).RequireAuthorization(Policies.Bidder).WithSummary("Your organisation's profile and three lists");
        profiles.MapGet("/{organisationId:guid}", Get).AllowAnonymous().WithSummary("An organisation's three lists (三张清单), public");
        return profiles;
    }

    public static RouteGroupBuilder MapBrokerInterestQueries(this RouteGroupBuilder brokers)
    {
        brokers.MapGet("/me/interests", Interests).RequireAuthorization(Policies.Broker).WithSummary("What you follow");
        return brokers;
    }

    private static async Task<Results<Ok<ThreeLists>, ProblemHttpResult>> Mine(IAchievementShelf shelf, [AsParameters] RequestContext request)
    {
        var profile = await request.Session.LoadAsync<ProfileDetails>(ProfileIds.ForOrganisation(request.Actor.OrganisationId ?? Guid.Empty), request.Cancellation);
        if (profile is null)
        {
            return Problems.NotFound("Your organisation's profile");
        }

        request.Http.Response.SetETag(profile.Version);
        return TypedResults.Ok(await ListsAsync(profile, request.Session, shelf, withVersion: true, request.Cancellation));
    }

    private static async Task<Results<Ok<ThreeLists>, ProblemHttpResult>> Get(Guid organisationId, IQuerySession session, IAchievementShelf shelf, CancellationToken ct)
    {
        var profile = await session.LoadAsync<ProfileDetails>(ProfileIds.ForOrganisation(organisationId), ct);
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        return profile is null || organisation is not { IsApproved: true }
            ? Problems.NotFound("The profile")
            : TypedResults.Ok(await ListsAsync(profile, session, shelf, withVersion: false, ct));
    }

    private static async Task<Ok<BrokerInterestsView>> Interests([AsParameters] RequestContext request)
    {
        var details = await request.Session.LoadAsync<BrokerInterestDetails>(ProfileIds.ForBroker(request.Actor.UserId), request.Cancellation);
        if (details is null)
        {
            return TypedResults.Ok(new BrokerInterestsView([], [], null));
        }

        request.Http.Response.SetETag(details.Version);
        return TypedResults.Ok(new BrokerInterestsView(details.Fields, details.Districts, details.Version));
    }

    private static async Task<ThreeLists> ListsAsync(ProfileDetails profile, IQuerySession session, IAchievementShelf shelf, bool withVersion, CancellationToken ct)
    {
        var enterprise = profile.Kind == OrganisationKind.Enterprise;
        IReadOnlyList<ListedNeed> needs = enterprise
            ? [.. (await session.Query<NeedDetails>()
                    .Where(n => n.OrganisationId == profile.OrganisationId && n.Status == NeedStatus.Accepted)
                    .OrderByDescending(n => n.AcceptedAt)
                    .Take(ListedNeeds)
                    .ToListAsync(ct))
                .Select(n => new ListedNeed(n.Id, n.Title, n.Field, n.BudgetMin, n.BudgetMax, n.PublicSummary))]
            : [];
        var achievements = enterprise ? [] : await shelf.PublishedByAsync(profile.OrganisationId, ct);
        var content = profile.Content;
        return new ThreeLists(
            profile.OrganisationId, profile.OrganisationName, profile.Kind, profile.District, content.Summary, content.Fields,
            content.Strengths, content.Teams, achievements, content.Products, needs, profile.UpdatedAt, withVersion ? profile.Version : null);
    }
}
