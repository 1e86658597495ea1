using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class DraftContractTests
{
    private readonly ContractStory _story = new();

    [Fact]
    public void A_party_drafts_a_direct_contract_with_both_leads_and_their_districts()
    {
        var drafted = DraftContract.Decide(_story.DraftCommand()).ShouldEmitSingle<ContractDrafted>();

        drafted.Source.ShouldBe(new ContractSource(ContractOrigin.Direct));
        drafted.Parties.ShouldBe([
            new ContractParty(_story.Buyer.Id, _story.Buyer.Name, ContractStory.BuyerDistrict, PartySide.Buyer, true, 100m),
            new ContractParty(_story.Seller.Id, _story.Seller.Name, ContractStory.SellerDistrict, PartySide.Seller, true, 100m),
        ]);
        var contract = Contract.Evolve(null, drafted)!;
        contract.Status.ShouldBe(ContractStatus.Draft);
        contract.Milestones.Select(m => (m.Number, m.Amount, m.Status)).ShouldBe([(1, 400_000m, MilestoneStatus.Open), (2, 600_000m, MilestoneStatus.Open)]);
    }

    [Fact]
    public void Milestones_that_do_not_sum_to_the_contract_amount_are_refused()
    {
        var terms = ContractStory.Terms(milestones: [400_000m, 599_999.99m]);

        DraftContract.Decide(_story.DraftCommand(terms)).ShouldBeInvalid("milestones")
            .ShouldBe("The milestones sum to 999999.99, not to the contract amount 1000000.00.");
    }

    [Theory]
    [InlineData(1_000_000.01)]
    [InlineData(0)]
    public void A_technology_amount_above_the_contract_amount_or_zero_is_refused(decimal technology)
    {
        DraftContract.Decide(_story.DraftCommand(ContractStory.Terms(technology: technology))).ShouldBeInvalid("technologyAmount");
    }

    [Fact]
    public void The_technology_amount_may_equal_the_contract_amount()
    {
        DraftContract.Decide(_story.DraftCommand(ContractStory.Terms(technology: 1_000_000m))).ShouldEmitSingle<ContractDrafted>();
    }

    [Fact]
    public void Buyer_and_seller_may_not_be_the_same_organisation()
    {
        var command = _story.DraftCommand() with { Counterparty = _story.Buyer };

        DraftContract.Decide(command).ShouldBeInvalid("counterpartyId").ShouldBe("Buyer and seller are the same organisation; a contract needs two.");
    }

    [Fact]
    public void The_counterparty_must_be_an_approved_organisation()
    {
        var pending = Given.Organisation(OrganisationKind.University, OrganisationStatus.Pending);

        DraftContract.Decide(_story.DraftCommand() with { Counterparty = pending }).ShouldBeInvalid("counterpartyId");
        DraftContract.Decide(_story.DraftCommand() with { Counterparty = null }).ShouldBeInvalid("counterpartyId");
    }

    [Fact]
    public void Nobody_drafts_for_another_organisation()
    {
        DraftContract.Decide(_story.DraftCommand(by: Actors.Enterprise(Guid.CreateVersion7()))).ShouldBeRefused(ErrorKind.Forbidden, "not-an-organisation-user");
        DraftContract.Decide(_story.DraftCommand(by: Actors.Bureau(ContractStory.BuyerDistrict))).ShouldBeRefused(ErrorKind.Forbidden, "not-an-organisation-user");
    }

    [Fact]
    public void An_organisation_not_yet_approved_cannot_draft()
    {
        var pending = Given.Organisation(OrganisationKind.Enterprise, OrganisationStatus.Pending);
        var command = _story.DraftCommand(by: Actors.Enterprise(pending.Id)) with { Own = pending };

        DraftContract.Decide(command).ShouldBeRefused(ErrorKind.Conflict, "organisation-not-approved");
    }

    [Fact]
    public void Members_take_their_share_of_their_side_and_the_lead_keeps_the_rest()
    {
        var member = Given.Organisation(OrganisationKind.Institute);
        var drafted = DraftContract.Decide(_story.DraftCommand(members: [new MemberCandidate(member.Id, member, PartySide.Seller, 30m)]))
            .ShouldEmitSingle<ContractDrafted>();

        drafted.Parties.Where(p => p.Side == PartySide.Seller).Select(p => (p.OrganisationId, p.Lead, p.SharePercent))
            .ShouldBe([(_story.Seller.Id, true, 70m), (member.Id, false, 30m)]);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(0)]
    [InlineData(33.333)]
    public void A_member_s_share_is_above_zero_below_a_hundred_with_two_decimals(decimal share)
    {
        var member = Given.Organisation(OrganisationKind.Institute);

        DraftContract.Decide(_story.DraftCommand(members: [new MemberCandidate(member.Id, member, PartySide.Seller, share)]))
            .ShouldBeInvalid("members[0].sharePercent");
    }

    [Fact]
    public void A_party_cannot_be_a_member_too()
    {
        DraftContract.Decide(_story.DraftCommand(members: [new MemberCandidate(_story.Seller.Id, _story.Seller, PartySide.Buyer, 10m)]))
            .ShouldBeInvalid("members[0].organisationId");
    }

    [Fact]
    public void A_consulting_contract_is_tied_only_to_a_development_transfer_or_licence_contract_of_the_same_parties()
    {
        var tiedId = Guid.CreateVersion7();
        var terms = ContractStory.Terms(type: ContractType.Consulting, tiedTo: tiedId);
        var good = new TiedContract(tiedId, ContractType.Licence, _story.Buyer.Id, _story.Seller.Id);

        DraftContract.Decide(_story.DraftCommand(terms, tied: good)).ShouldEmitSingle<ContractDrafted>();
        DraftContract.Decide(_story.DraftCommand(terms, tied: good with { Type = ContractType.Service })).ShouldBeInvalid("terms.tiedToContractId");
        DraftContract.Decide(_story.DraftCommand(terms, tied: good with { SellerOrganisationId = Guid.CreateVersion7() })).ShouldBeInvalid("terms.tiedToContractId");
        DraftContract.Decide(_story.DraftCommand(terms, tied: null)).ShouldBeInvalid("terms.tiedToContractId");
        DraftContract.Decide(_story.DraftCommand(ContractStory.Terms(tiedTo: tiedId), tied: good)).ShouldBeInvalid("terms.tiedToContractId");
    }
}
