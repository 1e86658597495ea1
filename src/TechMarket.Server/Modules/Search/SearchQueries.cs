using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Search;

/// <summary>Search on this node's index. The market is public — the needs hall, the board, the achievement hall and
/// the three lists — so everyone searches every kind the index holds (and it holds public parts only).</summary>
public static class SearchQueries
{
    public const int MaxQueryLength = 200;

    public static RouteGroupBuilder MapSearchQueries(this RouteGroupBuilder search)
    {
        search.MapGet("/", Search)
            .RequireAuthorization(Policies.Public)
            .AddEndpointFilter<SearchTiming>()
            .WithSummary("Full-text search (Chinese words, SmartCn) over the public market — needs, challenges, achievements and profiles — with filters and facets");
        search.MapGet("/status", Status)
            .RequireAuthorization(Policies.User)
            .WithSummary("Where this node's index stands (operators: the platform admin and the city bureau)");
        return search;
    }

    private static Results<Ok<SearchIndexStatus>, ValidationProblem, ProblemHttpResult> Status(Actor actor, SearchIndex index) =>
        SearchOperators.Refusal(actor) is { } refused ? Problems.Refuse<Ok<SearchIndexStatus>>(refused) : TypedResults.Ok(index.Status());

    private static Results<Ok<SearchResults>, ValidationProblem> Search(
        SearchIndex index, ReferenceCatalog catalog,
        string? q, SearchKind? kind, string? field, string? district, int? trlMin, int? trlMax, PriceBand? priceBand, bool? useFirstPayLater,
        Guid? organisation, TransferMode? transferMode, int? page, int? pageSize)
    {
        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        if (Invalid(catalog, q, field, district, trlMin, trlMax) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors);
        }

        var query = new SearchQuery(q, kind, field, district, trlMin, trlMax, priceBand, useFirstPayLater, organisation, transferMode);
        return TypedResults.Ok(Searching.Run(index, query, page ?? 1, pageSize ?? Paging.DefaultPageSize));
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
