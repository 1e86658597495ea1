using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Statistics;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Statistics;

public class SetTargetTests
{
    /// <summary>镇海区's 2026 target as the city set it, folded with the target's own Evolve.</summary>
    internal static readonly DistrictTarget Set2026 = Given.Folded<DistrictTarget, TargetEvent>(
        [new TargetSet(DistrictTarget.IdOf("330211", 2026), "330211", 2026, 600_000_000m, Guid.NewGuid(), Given.Now)], DistrictTarget.Evolve);

    [Fact]
    public void The_city_sets_a_district_s_target_once_a_year()
    {
        var set = SetTarget.Decide(null, new SetTarget("330211", 2026, 600_000_000m, Actors.CityBureau(), Given.Now), Catalog.Regions).ShouldEmitSingle<TargetSet>();

        (set.TargetId, set.Amount).ShouldBe((DistrictTarget.IdOf("330211", 2026), 600_000_000m));
        SetTarget.Decide(Set2026, new SetTarget("330211", 2026, 1m, Actors.CityBureau(), Given.Now), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.Conflict, "target-already-set");
    }

    [Fact]
    public void A_district_officer_sets_no_target_not_even_their_own_and_a_province_officer_may()
    {
        SetTarget.Decide(null, new SetTarget("330211", 2026, 1m, Actors.Bureau("330211"), Given.Now), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-the-setting-level");
        SetTarget.Decide(null, new SetTarget("330302", 2026, 1m, Actors.CityBureau(), Given.Now), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-the-setting-level");
        SetTarget.Decide(null, new SetTarget("330302", 2026, 1m, Actors.Bureau("330000"), Given.Now), Catalog.Regions).ShouldEmitSingle<TargetSet>();
        SetTarget.Decide(null, new SetTarget("999999", 2026, 1m, Actors.CityBureau(), Given.Now), Catalog.Regions)
            .ShouldBeRefused(ErrorKind.NotFound, "unknown-district");
    }
}
