using TechMarket.Server.Modules.Reviews;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Reviews;

public class ContractHistoryTests
{
    private readonly Guid _university = Guid.CreateVersion7();
    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void Each_registered_contract_is_a_history_of_its_own_keyed_by_the_contract()
    {
        var first = Given.ContractRegistered(_enterprise, _university, new DateOnly(2021, 3, 1));
        var second = Given.ContractRegistered(_university, _enterprise, new DateOnly(2025, 6, 30));

        var histories = Given.ContractHistories(first, second);

        histories.Select(h => h.Id).ShouldBe([first.ContractId, second.ContractId]);
        histories.Select(h => h.RegisteredOn).ShouldBe([new DateOnly(2021, 3, 1), new DateOnly(2025, 6, 30)]);
        histories.ShouldAllBe(h => h.Organisations.Contains(_enterprise) && h.Organisations.Contains(_university));
    }

    [Fact]
    public void A_member_of_a_multi_party_contract_contracted_with_the_buyer_too()
    {
        var member = Guid.CreateVersion7();
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, _university, Given.TodayInChina, member));

        ContractHistory.ContractedWithin(histories, member, _enterprise, Given.TodayInChina).ShouldBeTrue();
        ContractHistory.ContractedWithin(histories, member, member, Given.TodayInChina).ShouldBeFalse();
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
