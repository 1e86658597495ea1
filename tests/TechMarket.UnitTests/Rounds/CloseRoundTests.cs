using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Rounds;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Rounds;

public class CloseRoundTests
{
    [Fact]
    public void The_bureau_that_opened_the_round_closes_it_early_with_a_reason()
    {
        var round = Given.Round();
        var officer = Actors.Bureau(Given.District);

        var closed = CloseRound.Decide(round, new CloseRound(" 征集数量已满 ", officer, Given.Now)).ShouldEmitSingle<RoundClosedEarly>();

        closed.ShouldBe(new RoundClosedEarly(round.Id, "征集数量已满", officer.UserId, Given.Now));
        var after = CollectionRound.Evolve(round, closed)!;
        after.StatusOn(Given.TodayInChina).ShouldBe(RoundStatus.Closed);
        after.CloseReason.ShouldBe("征集数量已满");
    }

    [Fact]
    public void Another_bureau_even_the_city_s_may_not_close_a_district_round()
    {
        CloseRound.Decide(Given.Round(), new CloseRound("理由", Actors.Bureau(Given.OtherDistrict), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
        CloseRound.Decide(Given.Round(), new CloseRound("理由", Actors.CityBureau(), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
    }

    [Fact]
    public void A_closed_round_is_not_closed_again()
    {
        var officer = Actors.Bureau(Given.District);
        CloseRound.Decide(Given.Round(closedEarly: true), new CloseRound("理由", officer, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "round-closed");
        CloseRound.Decide(Given.Round(opens: Given.TodayInChina.AddDays(-20), closes: Given.TodayInChina.AddDays(-1)), new CloseRound("理由", officer, Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "round-closed");
    }
}
