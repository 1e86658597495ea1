using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

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

    [Fact]
    public void Each_organisation_sees_the_other_as_its_partner_with_every_registration()
    {
        var histories = Given.ContractHistories(
            Given.ContractRegistered(_enterprise, _university, new DateOnly(2021, 3, 1)),
            Given.ContractRegistered(_university, _enterprise, new DateOnly(2025, 6, 30)));

        var ofUniversity = Given.PartnersOf(_university, histories).ShouldHaveSingleItem();
        var ofEnterprise = Given.PartnersOf(_enterprise, histories).ShouldHaveSingleItem();

        ofUniversity.OrganisationId.ShouldBe(_enterprise);
        ofEnterprise.OrganisationId.ShouldBe(_university);
        ofUniversity.RegisteredOn.ShouldBe([new DateOnly(2021, 3, 1), new DateOnly(2025, 6, 30)]);
    }

    [Fact]
    public void A_contract_of_another_pair_is_no_partnership()
    {
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, Guid.CreateVersion7(), Given.TodayInChina));

        Given.PartnersOf(_university, histories).ShouldBeEmpty();
    }
}
