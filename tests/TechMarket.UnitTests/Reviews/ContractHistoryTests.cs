using TechMarket.Server.Modules.Reviews;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Reviews;

public class ContractHistoryTests
{
    private readonly Guid _university = Guid.CreateVersion7();
    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void A_pair_has_the_same_id_whichever_organisation_comes_first()
    {
        ContractHistory.PairId(_university, _enterprise).ShouldBe(ContractHistory.PairId(_enterprise, _university));
        ContractHistory.PairId(_university, _enterprise).ShouldNotBe(ContractHistory.PairId(_university, Guid.CreateVersion7()));
    }

    [Fact]
    public void Contracts_in_either_direction_collect_in_one_history()
    {
        var histories = Given.ContractHistories(
            Given.ContractRegistered(_enterprise, _university, new DateOnly(2021, 3, 1)),
            Given.ContractRegistered(_university, _enterprise, new DateOnly(2025, 6, 30)));

        var history = histories.ShouldHaveSingleItem();
        history.Id.ShouldBe(ContractHistory.PairId(_university, _enterprise));
        new[] { history.FirstOrganisationId, history.SecondOrganisationId }.ShouldBe(new[] { _university, _enterprise }.Order(), ignoreOrder: false);
        history.RegisteredOn.ShouldBe([new DateOnly(2021, 3, 1), new DateOnly(2025, 6, 30)]);
    }

    [Theory]
    [InlineData("2023-11-25", true)]  // exactly three years before today: still within
    [InlineData("2023-11-24", false)] // three years and a day: no longer
    [InlineData("2026-11-25", true)]
    public void A_contract_counts_for_three_years_to_the_day(string registeredOn, bool within)
    {
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, _university, DateOnly.Parse(registeredOn)));

        ContractHistory.ContractedWithin(histories, _university, _enterprise, Given.TodayInChina).ShouldBe(within);
        ContractHistory.ContractedWithin(histories, _enterprise, _university, Given.TodayInChina).ShouldBe(within);
    }

    [Fact]
    public void A_contract_of_another_pair_does_not_count()
    {
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, Guid.CreateVersion7(), Given.TodayInChina));

        ContractHistory.ContractedWithin(histories, _university, _enterprise, Given.TodayInChina).ShouldBeFalse();
    }

    [Fact]
    public void The_window_can_be_set_in_years()
    {
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, _university, new DateOnly(2022, 1, 1)));

        ContractHistory.ContractedWithin(histories, _university, _enterprise, Given.TodayInChina, years: 3).ShouldBeFalse();
        ContractHistory.ContractedWithin(histories, _university, _enterprise, Given.TodayInChina, years: 5).ShouldBeTrue();
    }
}
