using Microsoft.Extensions.Time.Testing;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Rounds;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Rounds;

public class OpenRoundTests
{
    private readonly OpenRoundValidator _validator = new(new FakeTimeProvider(Given.Now));

    private static OpenRoundRequest Request(RoundLevel level = RoundLevel.District, int opensIn = 0, int closesIn = 30) =>
        new("  2026年区级揭榜挂帅需求征集 ", level, Given.TodayInChina.AddDays(opensIn), Given.TodayInChina.AddDays(closesIn));

    [Fact]
    public void A_district_bureau_opens_a_district_round_for_its_district()
    {
        var officer = Actors.Bureau(Given.District);
        var id = Guid.CreateVersion7();

        var opened = OpenRound.Decide(new OpenRound(id, Request(), officer, Given.Now)).ShouldEmitSingle<RoundOpened>();

        opened.ShouldBe(new RoundOpened(
            id, Given.District, RoundLevel.District, "2026年区级揭榜挂帅需求征集", Given.TodayInChina, Given.TodayInChina.AddDays(30), officer.UserId, Given.Now));
        var round = CollectionRound.Evolve(null, opened)!;
        round.StatusOn(Given.TodayInChina).ShouldBe(RoundStatus.Open);
        round.Collects(Given.District).ShouldBeTrue();
        round.Collects(Given.OtherDistrict).ShouldBeFalse();
    }

    [Fact]
    public void The_city_bureau_opens_city_rounds_that_collect_every_district()
    {
        var opened = OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(RoundLevel.City), Actors.CityBureau(), Given.Now))
            .ShouldEmitSingle<RoundOpened>();

        var round = CollectionRound.Evolve(null, opened)!;
        round.Collects(Given.District).ShouldBeTrue();
        round.Collects(Given.OtherDistrict).ShouldBeTrue();
    }

    [Fact]
    public void A_district_bureau_may_not_open_a_city_round_nor_the_city_bureau_a_district_round()
    {
        OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(RoundLevel.City), Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "wrong-round-level");
        OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(RoundLevel.District), Actors.CityBureau(), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "wrong-round-level");
    }

    [Fact]
    public void An_enterprise_opens_no_round() =>
        OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(), Actors.Enterprise(Guid.CreateVersion7()), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-bureau");

    [Fact]
    public void The_decision_refuses_dates_in_the_past_or_a_closing_before_the_opening_even_past_the_validator()
    {
        var officer = Actors.Bureau(Given.District);
        OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(opensIn: -1), officer, Given.Now)).ShouldBeInvalid("opens");
        OpenRound.Decide(new OpenRound(Guid.CreateVersion7(), Request(opensIn: 5, closesIn: 4), officer, Given.Now)).ShouldBeInvalid("opens");
    }

    [Fact]
    public void The_validator_refuses_an_opening_in_the_past_and_a_closing_before_the_opening()
    {
        _validator.ShouldBeValid(Request(opensIn: 0, closesIn: 0));
        _validator.ShouldBeInvalid(Request(opensIn: -1), nameof(OpenRoundRequest.Opens));
        _validator.ShouldBeInvalid(Request(opensIn: 3, closesIn: 2), nameof(OpenRoundRequest.Closes));
        _validator.ShouldBeInvalid(Request() with { Name = " 征集 " }, nameof(OpenRoundRequest.Name));
        _validator.ShouldBeInvalid(Request() with { Level = (RoundLevel)7 }, nameof(OpenRoundRequest.Level));
    }

    [Theory]
    [InlineData(-6, RoundStatus.Upcoming)]
    [InlineData(-5, RoundStatus.Open)]
    [InlineData(0, RoundStatus.Open)]
    [InlineData(10, RoundStatus.Open)]
    [InlineData(11, RoundStatus.Closed)]
    public void A_round_is_open_from_its_opening_day_to_its_closing_day_both_included(int day, RoundStatus status) =>
        Given.Round().StatusOn(Given.TodayInChina.AddDays(day)).ShouldBe(status);
}
