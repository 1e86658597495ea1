using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

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
    public void A_member_of_a_multi_party_contract_is_a_partner_of_the_buyer_too()
    {
        var member = Guid.CreateVersion7();
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, _university, Given.TodayInChina, member));

        Given.PartnersOf(member, histories).Select(p => p.OrganisationId).ShouldBe([_enterprise, _university], ignoreOrder: true);
        Given.PartnersOf(member, histories).ShouldNotContain(p => p.OrganisationId == member);
    }

    [Fact]
    public void A_contract_of_another_pair_is_no_partnership()
    {
        var histories = Given.ContractHistories(Given.ContractRegistered(_enterprise, Guid.CreateVersion7(), Given.TodayInChina));

        Given.PartnersOf(_university, histories).ShouldBeEmpty();
    }
}
