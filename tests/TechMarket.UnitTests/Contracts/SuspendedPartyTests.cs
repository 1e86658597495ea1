using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

/// <summary>A suspended party drafts, signs, revises, delivers, accepts, rejects and terminates nothing; the same commands
/// of the same organisation, approved, go through — so it is the suspension that refuses. A contract for an award whose
/// other party was since suspended is refused as such, naming the reason and nothing of that party.</summary>
public class SuspendedPartyTests
{
    private static Organisation Suspended(Organisation organisation) => organisation with { Status = OrganisationStatus.Suspended };

    [Fact]
    public void A_suspended_organisation_drafts_no_contract()
    {
        var story = new ContractStory();

        DraftContract.Decide(story.DraftCommand() with { Own = Suspended(story.Buyer) }).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        DraftContract.Decide(story.DraftCommand()).ShouldEmitSingle<ContractDrafted>();
    }

    [Fact]
    public void A_suspended_party_neither_signs_nor_revises()
    {
        var story = new ContractStory().Drafted();
        var terms = ContractStory.Terms(technology: 700_000m);

        SignContract.Decide(story.State, new SignContract(story.BuyerUser, Given.Now, Suspended(story.Buyer), Parties: story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ReviseContract.Decide(story.State, new ReviseContract(terms, null, story.BuyerUser, Given.Now, Suspended(story.Buyer), Parties: story.Parties))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        SignContract.Decide(story.State, new SignContract(story.BuyerUser, Given.Now, story.Buyer, Parties: story.Parties)).ShouldEmitSingle<ContractSigned>();
        ReviseContract.Decide(story.State, new ReviseContract(terms, null, story.BuyerUser, Given.Now, story.Buyer, Parties: story.Parties)).ShouldEmitSingle<ContractRevised>();
    }

    [Fact]
    public void A_suspended_seller_delivers_nothing_and_a_suspended_buyer_neither_accepts_nor_rejects()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered().Delivered(1);
        var evidence = new[] { ContractStory.Evidence() };

        DeliverMilestone.Decide(story.State, new DeliverMilestone(2, "第二阶段成果", evidence, story.SellerUser, Given.Now, Suspended(story.Seller)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, Suspended(story.Buyer), Parties: story.Parties)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        RejectMilestone.Decide(story.State, new RejectMilestone(1, "样机未达标", story.BuyerUser, Given.Now, Suspended(story.Buyer)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        DeliverMilestone.Decide(story.State, new DeliverMilestone(2, "第二阶段成果", evidence, story.SellerUser, Given.Now, story.Seller)).ShouldEmitSingle<MilestoneDelivered>();
        AcceptMilestone.Decide(story.State, new AcceptMilestone(1, story.BuyerUser, Given.Now, story.Buyer, Parties: story.Parties)).ShouldEmitSingle<MilestoneAccepted>();
        RejectMilestone.Decide(story.State, new RejectMilestone(1, "样机未达标", story.BuyerUser, Given.Now, story.Buyer)).ShouldEmitSingle<MilestoneRejected>();
    }

    [Fact]
    public void A_suspended_party_terminates_nothing()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();

        TerminateContract.Decide(story.State, new TerminateContract("协商一致", story.SellerUser, Given.Now, Suspended(story.Seller)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        TerminateContract.Decide(story.State, new TerminateContract("协商一致", story.SellerUser, Given.Now, story.Seller)).ShouldEmitSingle<ContractTerminated>();
    }

    [Fact]
    public void An_award_contract_is_drafted_neither_by_a_suspended_party_nor_with_one()
    {
        var (funder, winner) = (Given.Organisation(OrganisationKind.Enterprise), Given.Organisation(OrganisationKind.University, district: "330212"));
        var bid = Guid.NewGuid();
        var work = new AwardedWork(Guid.CreateVersion7(), "高镍正极材料揭榜", "0401", true, [new AwardFunder(funder.Id, 1_000_000m)],
            [new AwardedTeam(bid, winner.Id, 1_000_000m, [])]);
        DraftAwardContract Draft(Actor actor, params Organisation[] organisations) => new(
            Guid.CreateVersion7(), work,
            new DraftAwardContractRequest("A", ContractType.Development, 800_000m, [new MilestoneTerms("中试验证报告", 1_000_000m, Given.TodayInChina.AddMonths(6))]),
            bid, organisations.ToDictionary(o => o.Id), null, actor, Given.Now);

        DraftAwardContract.Decide(Draft(Actors.University(winner.Id), funder, Suspended(winner))).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        var refused = DraftAwardContract.Decide(Draft(Actors.Enterprise(funder.Id), funder, Suspended(winner))).ShouldBeRefused(ErrorKind.Conflict, "party-suspended");
        refused.Detail.ShouldNotContain(winner.Name);
        DraftAwardContract.Decide(Draft(Actors.Enterprise(funder.Id), funder, winner)).ShouldEmitSingle<ContractDrafted>();
    }
}
