using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>A need on an enterprise's third list (技术需求): its public summary only.</summary>
public sealed record ListedNeed(Guid Id, string Title, string Field, decimal BudgetMin, decimal BudgetMax, string PublicSummary);

/// <summary>
/// An organisation's three lists (三张清单) as everyone may read them. A university or institute: 优势专业
/// (Strengths), 优秀团队 (Teams), 优质成果 (Achievements, its published achievements). An enterprise: 产业领域
/// (Fields), 产品信息 (Products), 技术需求 (Needs, its accepted needs). Version only for the organisation itself.
/// </summary>
public sealed record ThreeLists(
    Guid OrganisationId, string OrganisationName, OrganisationKind Kind, string District, string Summary, IReadOnlyList<string> Fields,
    IReadOnlyList<Strength> Strengths, IReadOnlyList<Team> Teams, IReadOnlyList<ListedAchievement> Achievements,
    IReadOnlyList<Product> Products, IReadOnlyList<ListedNeed> Needs, DateTimeOffset UpdatedAt, long? Version);

public static class ProfileQueries
{
    public static RouteGroupBuilder MapProfileQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/mine", async Task<IResult> (Actor actor, IQuerySession session, IAchievementShelf shelf, HttpContext http, CancellationToken ct) =>
            {
                var profile = await session.LoadAsync<ProfileDetails>(ProfileIds.ForOrganisation(actor.OrganisationId ?? Guid.Empty), ct);
                if (profile is null)
                {
                    return Problems.NotFound("Your organisation's profile");
                }

                http.Response.SetETag(profile.Version);
                return TypedResults.Ok(await ListsAsync(profile, session, shelf, withVersion: true, ct));
            })
            .RequireAuthorization(Policies.Bidder)
            .Produces<ThreeLists>()
            .WithSummary("Your organisation's profile and three lists");
        group.MapGet("/{organisationId:guid}", async Task<IResult> (Guid organisationId, IQuerySession session, IAchievementShelf shelf, CancellationToken ct) =>
            {
                var profile = await session.LoadAsync<ProfileDetails>(ProfileIds.ForOrganisation(organisationId), ct);
                var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
                if (profile is null || organisation is not { IsApproved: true })
                {
                    return Problems.NotFound("The profile");
                }

                return TypedResults.Ok(await ListsAsync(profile, session, shelf, withVersion: false, ct));
            })
            .AllowAnonymous()
            .Produces<ThreeLists>()
            .WithSummary("An organisation's three lists (三张清单), public");
        return group;
    }

    private static async Task<ThreeLists> ListsAsync(ProfileDetails profile, IQuerySession session, IAchievementShelf shelf, bool withVersion, CancellationToken ct)
    {
        var enterprise = profile.Kind == OrganisationKind.Enterprise;
        IReadOnlyList<ListedNeed> needs = enterprise
            ? (await session.Query<NeedDetails>()
                    .Where(n => n.OrganisationId == profile.OrganisationId && n.Status == NeedStatus.Accepted)
                    .OrderByDescending(n => n.AcceptedAt)
                    .Take(50)
                    .ToListAsync(ct))
                .Select(n => new ListedNeed(n.Id, n.Title, n.Field, n.BudgetMin, n.BudgetMax, n.PublicSummary))
                .ToList()
            : [];
        var achievements = enterprise ? [] : await shelf.PublishedByAsync(profile.OrganisationId, ct);
        var content = profile.Content;
        return new ThreeLists(
            profile.OrganisationId, profile.OrganisationName, profile.Kind, profile.District, content.Summary, content.Fields,
            content.Strengths, content.Teams, achievements, content.Products, needs, profile.UpdatedAt, withVersion ? profile.Version : null);
    }
}
