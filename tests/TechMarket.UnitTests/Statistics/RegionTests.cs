using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

public class RegionTests
{
    private static readonly StatisticsScope Scope = new(Catalog.Regions);

    [Fact]
    public void The_hierarchy_holds_Zhejiang_s_cities_and_the_seeds_districts()
    {
        var regions = Catalog.Regions;

        regions.Regions.Count(r => r.Level == RegionLevel.City && r.ParentCode == "330000").ShouldBe(11);
        regions.CityOf("330681")!.Name.ShouldBe("绍兴市"); // 诸暨市
        regions.ProvinceOf("330382")!.Name.ShouldBe("浙江省"); // 乐清市, 温州
        regions.CityOf("370212")!.Name.ShouldBe("青岛市");
        regions.DistrictsUnder("330200").Select(d => d.Code).ShouldBe(Catalog.Real.Districts.Select(d => d.Id), ignoreOrder: true);
    }

    [Fact]
    public void Each_level_of_officer_reads_what_its_jurisdiction_covers()
    {
        Scope.Resolve(Actors.Bureau("330000"), "330681").Scope!.Codes.ShouldBe(["330681"]);
        Scope.Resolve(Actors.Bureau("330000"), null).Scope!.Codes.Count.ShouldBe(Catalog.Regions.Regions.Count(r => r.Level == RegionLevel.District && r.Code.StartsWith("33", StringComparison.Ordinal)));
        Scope.Resolve(Actors.CityBureau(), null).Scope!.Region.Name.ShouldBe("宁波市");
        Scope.Resolve(Actors.CityBureau(), "330211").Scope!.Codes.ShouldBe(["330211"]);
        Scope.Resolve(Actors.CityBureau(), "330302").Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        Scope.Resolve(Actors.Bureau("330211"), "330203").Error!.Code.ShouldBe("outside-jurisdiction");
        Scope.Resolve(Actors.Bureau("330211"), "330200").Error!.Code.ShouldBe("outside-jurisdiction");
        Scope.Resolve(Actors.Bureau("330211"), "nowhere").Error!.Kind.ShouldBe(ErrorKind.NotFound);
        Scope.Resolve(Actors.Enterprise(Guid.NewGuid()), null).Error!.Code.ShouldBe("no-jurisdiction");
    }
}
