using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>A region the caller may read, with its districts.</summary>
public sealed record ScopedRegion(Region Region, IReadOnlyList<Region> Districts)
{
    public IReadOnlyList<string> Codes => [.. Districts.Select(d => d.Code)];
}

/// <summary>
/// Who reads which statistics: a bureau officer reads the regions their jurisdiction covers — a district officer
/// their district, a city officer the city and each of its districts, a provincial officer everything in the
/// province. Rankings (晾晒) show the peers' figures by design; figures and drill-downs are only of covered regions.
/// </summary>
public sealed class StatisticsScope(RegionCatalog regions)
{
    public RegionCatalog Regions => regions;

    public (ScopedRegion? Scope, DomainError? Error) Resolve(Actor actor, string? requested)
    {
        var home = regions.OfJurisdiction(actor.Jurisdiction);
        if (!actor.IsIn(Roles.Bureau) || home is null)
        {
            return (null, DomainError.Forbidden("no-jurisdiction", "Statistics are for bureau officers with a jurisdiction."));
        }

        var code = string.IsNullOrEmpty(requested) ? home.Code : requested;
        if (regions.Find(code) is not { } region)
        {
            return (null, DomainError.NotFound("unknown-region", $"No region has the code {code}."));
        }

        return regions.Covers(actor.Jurisdiction, code)
            ? (new ScopedRegion(region, regions.DistrictsUnder(code)), null)
            : (null, DomainError.Forbidden("outside-jurisdiction", $"{region.Name} is outside your jurisdiction."));
    }
}
