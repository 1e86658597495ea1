using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Validation.AspNetCore;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Search;

/// <summary>Search on this node's index: the public kinds for everyone, the rest when signed in.</summary>
public static class SearchQueries
{
    /// <summary>The achievement hall and the profiles are public; needs and the challenge board are for signed-in users,
    /// as on their own lists.</summary>
    public static readonly IReadOnlyCollection<SearchKind> Public = [SearchKind.Achievement, SearchKind.Profile];

    public static readonly IReadOnlyCollection<SearchKind> SignedIn = Enum.GetValues<SearchKind>();

    public const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapSearchQueries(this RouteGroupBuilder search)
    {
        search.MapGet("/", SearchAsync)
            .AllowAnonymous()
            .WithSummary("Full-text search (Chinese words, SmartCn) with filters and facets: achievements and profiles for everyone, needs and challenges when signed in");
        search.MapGet("/status", Status)
            .RequireAuthorization(Policies.User)
            .WithSummary("Where this node's index stands (operators: the platform admin and the city bureau)");
        return search;
    }

    private static Results<Ok<SearchIndexStatus>, ValidationProblem, ProblemHttpResult> Status(Actor actor, SearchIndex index) =>
        SearchOperators.Refusal(actor) is { } refused ? Problems.Refuse<Ok<SearchIndexStatus>>(refused) : TypedResults.Ok(index.Status());

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> SearchAsync(
        HttpContext http, SearchIndex index, ReferenceCatalog catalog,
        string? q, SearchKind? kind, string? field, string? district, int? trlMin, int? trlMax, PriceBand? priceBand, bool? useFirstPayLater,
        Guid? organisation, int? page, int? pageSize)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        if (Invalid(catalog, q, field, district, trlMin, trlMax) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors);
        }

        // Anonymous is allowed, so the token is read here: a caller whose token is refused searches as nobody.
        var signedIn = (await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)).Succeeded;
        var query = new SearchQuery(q, kind, field, district, trlMin, trlMax, priceBand, useFirstPayLater, organisation);
        return TypedResults.Ok(Searching.Run(index, query, signedIn ? SignedIn : Public, page ?? 1, pageSize ?? Paging.DefaultPageSize));
    }

    private static Dictionary<string, string[]> Invalid(ReferenceCatalog catalog, string? q, string? field, string? district, int? trlMin, int? trlMax)
    {
        var errors = new Dictionary<string, string[]>();
        if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"At most {MaxQueryLength} characters."];
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

        return errors;
    }
}
