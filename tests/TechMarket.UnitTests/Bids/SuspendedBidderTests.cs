using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

/// <summary>A suspended organisation submits, amends and withdraws no bid, and confirms or declines no part in a joint
/// bid; the same commands of the same organisation, approved, go through — so it is the suspension that refuses.</summary>
public class SuspendedBidderTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms() with
    {
        Eligibility = new Eligibility([OrganisationKind.University, OrganisationKind.Institute, OrganisationKind.Enterprise], []),
    });
    private readonly Organisation _lead = Given.Organisation(OrganisationKind.University);
    private readonly Organisation _member = Given.Organisation(OrganisationKind.Institute);
    private readonly Guid _bidId = Guid.NewGuid();

    private static Organisation SuspendedOf(Organisation organisation) => organisation with { Status = OrganisationStatus.Suspended };

    private Decision Submit(Organisation lead, JointRequest? joint = null) =>
        SubmitBid.Decide(null, new SubmitBid(_bidId, _story.Id, Given.BidContent(750_000m), Actors.University(_lead.Id), Given.Salt, Given.Now, joint),
            _story.Details, lead, new Dictionary<Guid, Organisation> { [_member.Id] = _member });

    private Bid Joint() =>
        Given.Bid([.. Submit(_lead, new JointRequest("牵头单位", 500_000m, [new JointMemberRequest(_member.Id, "联合研发", 250_000m)])).Events.Cast<BidEvent>()]);

    [Fact]
    public void A_suspended_organisation_submits_no_bid()
    {
        Submit(SuspendedOf(_lead)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        Submit(_lead).ShouldEmitSingle<BidSubmitted>();
    }

    [Fact]
    public void A_suspended_bidder_amends_no_bid()
    {
        var bid = Given.Bid(Given.BidSubmitted(_story.Id, _lead.Id, at: Given.Now.AddDays(-2)));
        var actor = Actors.University(_lead.Id);

        AmendBid.Decide(bid, new AmendBid(Given.BidContent(680_000m), actor, Given.Salt, Given.Now, Own: SuspendedOf(_lead)), _story.Details)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        AmendBid.Decide(bid, new AmendBid(Given.BidContent(680_000m), actor, Given.Salt, Given.Now, Own: _lead), _story.Details).ShouldEmitSingle<BidAmended>();
    }

    [Fact]
    public void A_suspended_bidder_withdraws_no_bid()
    {
        var bid = Given.Bid(Given.BidSubmitted(_story.Id, _lead.Id, at: Given.Now.AddDays(-2)));
        var actor = Actors.University(_lead.Id);

        WithdrawBid.Decide(bid, new WithdrawBid(actor, Given.Now, SuspendedOf(_lead)), _story.Details).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        WithdrawBid.Decide(bid, new WithdrawBid(actor, Given.Now, _lead), _story.Details).ShouldEmitSingle<BidWithdrawn>();
    }

    [Fact]
    public void A_suspended_member_neither_confirms_nor_declines_its_part()
    {
        var bid = Joint();
        var actor = Actors.University(_member.Id);

        ConfirmMembership.Decide(bid, new ConfirmMembership(actor, Given.Now, SuspendedOf(_member)), _story.Details, inAnotherBid: false)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        DeclineMembership.Decide(bid, new DeclineMembership("无中试条件", actor, Given.Now, SuspendedOf(_member)), _story.Details)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ConfirmMembership.Decide(bid, new ConfirmMembership(actor, Given.Now, _member), _story.Details, inAnotherBid: false).ShouldEmitSingle<MembershipConfirmed>();
        DeclineMembership.Decide(bid, new DeclineMembership("无中试条件", actor, Given.Now, _member), _story.Details).ShouldEmitSingle<MembershipDeclined>();
    }
}
