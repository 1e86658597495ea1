using Microsoft.AspNetCore.Http.HttpResults;

namespace TechMarket.Server.Modules.ReferenceData;

/// <summary>The city the platform serves.</summary>
public sealed record City(string Code, string Name);

/// <summary>The city and its districts (区/县/市), in their order.</summary>
public sealed record DistrictList(City City, IReadOnlyList<District> Districts);

public static class ReferenceQueries
{
    public static RouteGroupBuilder MapReferenceQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/districts", Districts);
        group.MapGet("/fields", Fields);
        group.MapGet("/regions", Regions)
            .WithSummary("省 → 市 → 区/县: the hierarchy statistics rank and scope by (a region's parent is its ParentCode)");
        return group;
    }

    private static Ok<DistrictList> Districts(ReferenceCatalog catalog) =>
        TypedResults.Ok(new DistrictList(new City(catalog.CityCode, catalog.CityName), catalog.Districts));

    private static Ok<IReadOnlyList<Region>> Regions(RegionCatalog regions) => TypedResults.Ok(regions.Regions);

    private static Ok<IReadOnlyList<TechField>> Fields(ReferenceCatalog catalog) => TypedResults.Ok(catalog.Fields);
}
