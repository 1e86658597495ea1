using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class SignContractTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private readonly ContractStory _story = new ContractStory().Drafted();

    [Fact]
    public void Each_party_signs_for_itself_and_the_last_signature_sends_it_to_registration()
    {
        var byBuyer = SignContract.Decide(_story.State, new SignContract(_story.BuyerUser, Given.Now, Own: Given.ApprovedOf(_story.BuyerUser), Parties: _story.Parties)).ShouldEmitSingle<ContractSigned>();
        byBuyer.OrganisationId.ShouldBe(_story.Buyer.Id);
        _story.Take(Decision.Accept(byBuyer)).State.Status.ShouldBe(ContractStatus.Draft);

        _story.Take(SignContract.Decide(_story.State, new SignContract(_story.SellerUser, Given.Now, Own: Given.ApprovedOf(_story.SellerUser), Parties: _story.Parties))).State.Status.ShouldBe(ContractStatus.FullySigned);
    }

    [Fact]
    public void A_party_signs_once()
    {
        _story.Take(SignContract.Decide(_story.State, new SignContract(_story.BuyerUser, Given.Now, Own: Given.ApprovedOf(_story.BuyerUser), Parties: _story.Parties)));

        SignContract.Decide(_story.State, new SignContract(Actors.Enterprise(_story.Buyer.Id), Given.Now, Own: _story.Buyer, Parties: _story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "already-signed");
    }

    [Fact]
    public void Nobody_signs_for_an_organisation_that_is_not_a_party()
    {
        SignContract.Decide(_story.State, new SignContract(Outsider, Given.Now, Own: Given.ApprovedOf(Outsider))).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
        SignContract.Decide(_story.State, new SignContract(Actors.Bureau(ContractStory.SellerDistrict), Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "not-a-party");
    }

    [Fact]
    public void Revising_the_draft_voids_the_signatures_given()
    {
        _story.Take(SignContract.Decide(_story.State, new SignContract(_story.BuyerUser, Given.Now, Own: Given.ApprovedOf(_story.BuyerUser), Parties: _story.Parties)));

        _story.Take(ReviseContract.Decide(_story.State, new ReviseContract(ContractStory.Terms(technology: 700_000m), null, _story.SellerUser, Given.Now, Own: Given.ApprovedOf(_story.SellerUser), Parties: _story.Parties)));

        _story.State.Signatures.ShouldBeEmpty();
        _story.State.Terms.TechnologyAmount.ShouldBe(700_000m);
    }

    [Fact]
    public void A_signed_contract_can_no_longer_be_revised_or_signed()
    {
        _story.SignedByBoth();

        ReviseContract.Decide(_story.State, new ReviseContract(ContractStory.Terms(), null, _story.BuyerUser, Given.Now, Own: Given.ApprovedOf(_story.BuyerUser), Parties: _story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
        SignContract.Decide(_story.State, new SignContract(_story.BuyerUser, Given.Now, Own: Given.ApprovedOf(_story.BuyerUser), Parties: _story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }
}
