using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    /// <summary>A round of the given bureau (a district's by default), folded with the round's own Evolve; open from
    /// <paramref name="opens"/> (five days ago by default) to <paramref name="closes"/> (in ten days by default).</summary>
    public static CollectionRound Round(string bureau = District, DateOnly? opens = null, DateOnly? closes = null, bool closedEarly = false)
    {
        var id = Guid.CreateVersion7();
        RoundEvent opened = new RoundOpened(
            id, bureau, bureau == Jurisdictions.City ? RoundLevel.City : RoundLevel.District, "2026年区级揭榜挂帅需求征集",
            opens ?? TodayInChina.AddDays(-5), closes ?? TodayInChina.AddDays(10), Guid.CreateVersion7(), Now.AddDays(-6));
        RoundEvent[] history = closedEarly ? [opened, new RoundClosedEarly(id, "名额已满", Guid.CreateVersion7(), Now.AddDays(-1))] : [opened];
        return Folded<CollectionRound, RoundEvent>(history, CollectionRound.Evolve);
    }
}
