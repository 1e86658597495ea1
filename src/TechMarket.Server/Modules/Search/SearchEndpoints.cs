using Microsoft.AspNetCore.Authentication;
using OpenIddict.Validation.AspNetCore;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Search;

public static class SearchEndpoints
{
    /// <summary>The achievement hall and the profiles are public; needs and the challenge board are for signed-in users,
    /// as on their own lists.</summary>
    public static readonly IReadOnlyCollection<SearchKind> Public = [SearchKind.Achievement, SearchKind.Profile];

    public static readonly IReadOnlyCollection<SearchKind> SignedIn = Enum.GetValues<SearchKind>();

    public const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search");
        search.MapGet("/", SearchAsync)
            .AllowAnonymous()
            .Produces<SearchResults>()
            .ProducesValidationProblem()
            .WithSummary("Full-text search (Chinese words, SmartCn) with filters and facets: achievements and profiles for everyone, needs and challenges when signed in");
        search.MapGet("/status", (Actor actor, SearchIndex index) =>
                RebuildIndex.Decide(actor) is { } refused ? Problems.From(refused) : TypedResults.Ok(index.Status()))
            .RequireAuthorization(Policies.User)
            .Produces<SearchIndexStatus>()
            .WithSummary("Where this node's index stands (operators: the platform admin and the city bureau)");
        search.MapPost("/rebuild", (Actor actor, SearchIndex index) =>
            {
                if (RebuildIndex.Decide(actor) is { } refused)
                {
                    return Problems.From(refused);
                }

                index.Reset();
                return TypedResults.Accepted("/api/search/status", index.Status());
            })
            .RequireAuthorization(Policies.User)
            .Produces<SearchIndexStatus>(StatusCodes.Status202Accepted)
            .WithSummary("Rebuild this node's index from the events (operators); it answers from the events again as the feeder catches up");
        return app;
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, SearchIndex index, ReferenceCatalog catalog,
        string? q, SearchKind? kind, string? field, string? district, int? trlMin, int? trlMax, PriceBand? priceBand, bool? useFirstPayLater,
        Guid? organisation, int? page, int? pageSize)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        var errors = new Dictionary<string, string[]>();
        if (q is { Length: > 200 })
        {
            errors["q"] = ["At most 200 characters."];
        }

        if (field is not null && !catalog.IsField(field))
        {
            errors["field"] = ["Unknown technical field code."];
        }

        if (district is not null && !catalog.IsDistrict(district))
        {
            errors["district"] = ["Unknown district code."];
        }

        foreach (var (name, value) in new[] { ("trlMin", trlMin), ("trlMax", trlMax) })
        {
            if (value is < 1 or > 9)
            {
                errors[name] = ["A technology readiness level is 1 to 9."];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var signedIn = (await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)).Succeeded;
        var query = new SearchQuery(q, kind, field, district, trlMin, trlMax, priceBand, useFirstPayLater, organisation);
        return TypedResults.Ok(Searching.Run(index, query, signedIn ? SignedIn : Public, page ?? 1, pageSize ?? DefaultPageSize));
    }
}

/// <summary>Who may look at and rebuild a node's index: the platform admin and the city bureau (operators).</summary>
public static class RebuildIndex
{
    public static DomainError? Decide(Actor actor) =>
        actor.IsIn(Roles.Admin) || (actor.IsIn(Roles.Bureau) && actor.Jurisdiction == Jurisdictions.City)
            ? null
            : DomainError.Forbidden("operators-only", "Only the platform admin and the city bureau operate the search index.");
}
