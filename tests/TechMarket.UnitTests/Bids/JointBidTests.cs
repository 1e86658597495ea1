using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

/// <summary>联合答题: naming members with shares, their confirmation before the deadline, one bid per organisation.</summary>
public class JointBidTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms() with
    {
        Eligibility = new Eligibility([OrganisationKind.University, OrganisationKind.Institute, OrganisationKind.Enterprise], []),
    });
    private readonly Organisation _lead = Given.Organisation(OrganisationKind.University);
    private readonly Organisation _institute = Given.Organisation(OrganisationKind.Institute);
    private readonly Organisation _enterprise = Given.Organisation();
    private readonly Guid _bidId = Guid.NewGuid();

    private ChallengeDetails Challenge => _story.Details;

    private Dictionary<Guid, Organisation> Known => new[] { _institute, _enterprise }.ToDictionary(o => o.Id);

    private JointRequest Joint(decimal lead = 400_000m, decimal institute = 250_000m, decimal enterprise = 100_000m) =>
        new("牵头单位", lead, [new JointMemberRequest(_institute.Id, "联合研发", institute), new JointMemberRequest(_enterprise.Id, "中试验证", enterprise)]);

    private Decision Submit(JointRequest? joint, decimal budget = 750_000m, ChallengeDetails? challenge = null, bool inAnotherBid = false,
        IReadOnlyDictionary<Guid, Organisation>? known = null, Bid? existing = null) =>
        SubmitBid.Decide(existing, new SubmitBid(_bidId, Challenge.Id, Given.BidContent(budget), Actors.University(_lead.Id), Given.Salt, Given.Now, joint),
            challenge ?? Challenge, _lead, known ?? Known, inAnotherBid);

    private BidEvent[] Submitted(JointRequest? joint = null) => [.. Submit(joint ?? Joint()).Events.Cast<BidEvent>()];

    [Fact]
    public void A_lead_names_its_members_with_roles_and_shares_that_add_up_to_the_budget()
    {
        var decision = Submit(Joint());

        decision.Error.ShouldBeNull();
        decision.Events[0].ShouldBeOfType<BidSubmitted>();
        var named = decision.Events[1].ShouldBeOfType<ConsortiumNamed>();
        (named.LeadRole, named.LeadShare).ShouldBe(("牵头单位", 400_000m));
        named.Members.ShouldBe([
            new BidMember(_institute.Id, _institute.Name, "联合研发", 250_000m), new BidMember(_enterprise.Id, _enterprise.Name, "中试验证", 100_000m),
        ]);
        Given.Bid(Submitted()).Members.Select(m => m.Answer).ShouldBe([MemberAnswer.Pending, MemberAnswer.Pending]);
    }

    [Fact]
    public void A_joint_bid_s_receipt_covers_its_members_on_their_terms_in_format_2()
    {
        var submitted = Submit(Joint()).Events[0].ShouldBeOfType<BidSubmitted>();
        var members = new Consortium("牵头单位", 400_000m,
            [new ConsortiumMember(_institute.Id, "联合研发", 250_000m), new ConsortiumMember(_enterprise.Id, "中试验证", 100_000m)]);

        submitted.ReceiptFormat.ShouldBe(BidCommitment.CurrentFormat);
        submitted.Commitment.ShouldBe(BidCommitment.Compute(Challenge.Id, _lead.Id, submitted.Content, Given.Salt, members));
        submitted.Commitment.ShouldNotBe(BidCommitment.Compute(Challenge.Id, _lead.Id, submitted.Content, Given.Salt));
    }

    [Fact]
    public void Renaming_the_members_gives_a_receipt_that_covers_the_new_list()
    {
        var amended = AmendBid.Decide(Given.Bid(Submitted()), new AmendBid(Given.BidContent(750_000m), Actors.University(_lead.Id), Given.Salt, Given.Now,
            new JointRequest("牵头单位", 500_000m, [new JointMemberRequest(_institute.Id, "联合研发", 250_000m)]), Own: Given.ApprovedOf(Actors.University(_lead.Id))), Challenge, Known);

        var receipt = amended.Events[0].ShouldBeOfType<BidAmended>();
        receipt.Commitment.ShouldBe(BidCommitment.Compute(Challenge.Id, _lead.Id, receipt.Content, Given.Salt,
            new Consortium("牵头单位", 500_000m, [new ConsortiumMember(_institute.Id, "联合研发", 250_000m)])));
        receipt.ReceiptFormat.ShouldBe(BidCommitment.CurrentFormat);
    }

    [Theory]
    [InlineData(400_000, 250_000, 99_999.99)]
    [InlineData(400_000, 250_000, 100_000.01)]
    public void The_shares_must_add_up_to_the_budget(decimal lead, decimal institute, decimal enterprise) =>
        Submit(Joint(lead, institute, enterprise)).ShouldBeInvalid("joint").ShouldStartWith("The shares add up to");

    [Fact]
    public void The_lead_is_not_its_own_member() =>
        Submit(new JointRequest("牵头", 700_000m, [new JointMemberRequest(_lead.Id, "自己", 50_000m)]))
            .ShouldBeInvalid("joint.members[0].organisationId");

    [Fact]
    public void A_member_must_be_an_approved_organisation()
    {
        var pending = Given.Organisation(status: OrganisationStatus.Pending);
        var known = new Dictionary<Guid, Organisation>(Known) { [pending.Id] = pending };

        Submit(new JointRequest("牵头", 700_000m, [new JointMemberRequest(pending.Id, "联合", 50_000m)]), known: known)
            .ShouldBeInvalid("joint.members[0].organisationId").ShouldBe("No approved organisation has this id.");
        Submit(new JointRequest("牵头", 700_000m, [new JointMemberRequest(Guid.NewGuid(), "联合", 50_000m)]))
            .ShouldBeInvalid("joint.members[0].organisationId");
    }

    [Fact]
    public void Eligibility_applies_to_every_member()
    {
        var universitiesOnly = Given.AChallenge(Given.OpenTerms() with { Eligibility = new Eligibility([OrganisationKind.University], []) }).Details;

        Submit(Joint(), challenge: universitiesOnly).ShouldBeInvalid("joint.members[0].organisationId").ShouldStartWith("This organisation may not bid on the challenge");
    }

    [Fact]
    public void A_funding_enterprise_cannot_be_a_member()
    {
        var funder = Given.Organisation();
        var funded = Challenge;
        funded.FunderIds.Add(funder.Id);
        var known = new Dictionary<Guid, Organisation>(Known) { [funder.Id] = funder };

        Submit(new JointRequest("牵头", 700_000m, [new JointMemberRequest(funder.Id, "联合", 50_000m)]), challenge: funded, known: known)
            .ShouldBeInvalid("joint.members[0].organisationId").ShouldBe("An enterprise that funds the challenge cannot be in a bid on it.");
    }

    [Fact]
    public void An_organisation_that_confirmed_its_part_in_another_bid_cannot_lead_one() =>
        Submit(Joint(), inAnotherBid: true).ShouldBeRefused(ErrorKind.Conflict, "already-in-a-bid");

    [Fact]
    public void A_member_confirms_before_the_deadline_and_the_bid_becomes_valid()
    {
        var history = Submitted();
        var first = Confirm(Given.Bid(history), _institute).ShouldEmitSingle<MembershipConfirmed>();
        first.ShouldBe(new MembershipConfirmed(_bidId, _institute.Id, first.By, Given.Now));
        var second = Confirm(Given.Bid([.. history, first]), _enterprise).ShouldEmitSingle<MembershipConfirmed>();

        var details = Given.BidDetails([.. history, first, second]);
        details.Members.Select(m => m.Answer).ShouldBe([MemberAnswer.Confirmed, MemberAnswer.Confirmed]);
        BidsOnChallenges.AsChallengeBid(details).Valid.ShouldBeTrue();
        BidsOnChallenges.AsChallengeBid(Given.BidDetails([.. history, first])).Valid.ShouldBeFalse();
    }

    [Fact]
    public void Only_a_named_member_confirms() =>
        Confirm(Given.Bid(Submitted()), Given.Organisation()).ShouldBeRefused(ErrorKind.Forbidden, "not-a-member");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void From_the_deadline_on_a_member_can_no_longer_confirm(int ticksAfter) =>
        Confirm(Given.Bid(Submitted()), _institute, Challenge.Terms.ClosesAt.AddTicks(ticksAfter)).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");

    [Fact]
    public void A_member_already_in_another_bid_on_the_challenge_is_refused_when_it_confirms() =>
        Confirm(Given.Bid(Submitted()), _institute, inAnotherBid: true).ShouldBeRefused(ErrorKind.Conflict, "already-in-a-bid")
            .Detail.ShouldNotContain(_lead.Name);

    [Fact]
    public void A_member_declines_with_a_reason_the_lead_reads()
    {
        var history = Submitted();
        var declined = DeclineMembership.Decide(
            Given.Bid(history), new DeclineMembership(" 本单位无中试条件 ", Actors.Enterprise(_enterprise.Id), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise.Id))), Challenge)
            .ShouldEmitSingle<MembershipDeclined>();

        declined.Reason.ShouldBe("本单位无中试条件");
        var view = BidViewing.ToView(Given.BidDetails([.. history, declined]), Challenge).Joint.ShouldNotBeNull();
        view.Members[1].ShouldBe(new JointMemberView(_enterprise.Id, _enterprise.Name, "中试验证", 100_000m, MemberAnswer.Declined, "本单位无中试条件", Given.Now));
    }

    [Fact]
    public void Renaming_keeps_the_answer_of_a_member_on_the_same_terms_and_asks_again_one_whose_share_changed()
    {
        var history = Submitted();
        var confirmations = new BidEvent[]
        {
            new MembershipConfirmed(_bidId, _institute.Id, Guid.NewGuid(), Given.Now), new MembershipConfirmed(_bidId, _enterprise.Id, Guid.NewGuid(), Given.Now),
        };
        var bid = Given.Bid([.. history, .. confirmations]);

        var amended = AmendBid.Decide(bid, new AmendBid(Given.BidContent(750_000m), Actors.University(_lead.Id), Given.Salt, Given.Now,
            Joint(lead: 380_000m, enterprise: 120_000m), Own: Given.ApprovedOf(Actors.University(_lead.Id))), Challenge, Known);

        var renamed = amended.Events.OfType<ConsortiumNamed>().ShouldHaveSingleItem();
        Given.Bid([.. history, .. confirmations, .. amended.Events.Cast<BidEvent>()]).Members.Select(m => m.Answer)
            .ShouldBe([MemberAnswer.Confirmed, MemberAnswer.Pending]);
        renamed.LeadShare.ShouldBe(380_000m);
    }

    [Fact]
    public void Amending_only_the_content_names_nobody_again() =>
        AmendBid.Decide(Given.Bid(Submitted()), new AmendBid(Given.BidContent(), Actors.University(_lead.Id), Given.Salt, Given.Now, Joint(), Own: Given.ApprovedOf(Actors.University(_lead.Id))), Challenge, Known)
            .ShouldEmitSingle<BidAmended>();

    [Fact]
    public void A_withdrawn_joint_bid_asks_its_members_again()
    {
        var history = Submitted();
        var confirmed = new MembershipConfirmed(_bidId, _institute.Id, Guid.NewGuid(), Given.Now);
        var withdrawn = new BidWithdrawn(_bidId, Guid.NewGuid(), Given.Now);

        Given.Bid([.. history, confirmed]).ConfirmedMembers.ShouldBe([_institute.Id]);
        var bid = Given.Bid([.. history, confirmed, withdrawn]);
        bid.ConfirmedMembers.ShouldBeEmpty();
        bid.Members.ShouldAllBe(m => m.Answer == MemberAnswer.Pending);
    }

    [Fact]
    public void A_withdrawn_joint_bid_submitted_again_names_its_members_afresh_even_on_the_same_terms()
    {
        var history = Submitted();
        var confirmed = new MembershipConfirmed(_bidId, _institute.Id, Guid.NewGuid(), Given.Now);
        var withdrawn = new BidWithdrawn(_bidId, Guid.NewGuid(), Given.Now);
        var bid = Given.Bid([.. history, confirmed, withdrawn]);

        var again = Submit(Joint(), existing: bid);

        again.Events.Select(e => e.GetType()).ShouldBe([typeof(BidSubmitted), typeof(ConsortiumNamed)]);
        again.Events[1].ShouldBeOfType<ConsortiumNamed>().Members.Select(m => m.OrganisationId).ShouldBe([_institute.Id, _enterprise.Id]);
        var resubmitted = Given.Bid([.. history, confirmed, withdrawn, .. again.Events.Cast<BidEvent>()]);
        resubmitted.Members.Select(m => m.Answer).ShouldBe([MemberAnswer.Pending, MemberAnswer.Pending]);
        resubmitted.ConfirmedMembers.ShouldBeEmpty();
        Confirm(resubmitted, _institute).ShouldEmitSingle<MembershipConfirmed>();
    }

    [Fact]
    public void A_withdrawn_joint_bid_submitted_again_alone_dissolves_its_consortium() =>
        Submit(null, existing: Given.Bid([.. Submitted(), new BidWithdrawn(_bidId, Guid.NewGuid(), Given.Now)]))
            .Events[1].ShouldBeOfType<ConsortiumNamed>().Members.ShouldBeEmpty();

    [Fact]
    public void At_the_close_a_joint_bid_with_an_unconfirmed_member_takes_no_part_and_its_lead_sees_why()
    {
        var history = Submitted();
        var confirmed = new MembershipConfirmed(_bidId, _institute.Id, Guid.NewGuid(), Given.Now);
        var joint = Given.BidDetails([.. history, confirmed]);
        var solo = Given.BidDetails(Given.BidSubmitted(Challenge.Id, Guid.CreateVersion7()));
        var story = _story;
        var state = story.State;

        var closed = CloseBidding.Decide(state, new CloseBidding(state.Terms.ClosesAt),
            [BidsOnChallenges.AsChallengeBid(joint), BidsOnChallenges.AsChallengeBid(solo)]).ShouldEmitSingle<BiddingClosed>();

        closed.Commitments.ShouldHaveSingleItem().BidId.ShouldBe(solo.Id);
        var after = story.Then(closed).Details;
        BidViewing.ToView(joint, after).Exclusion.ShouldBe(BidExclusion.UnconfirmedMembers);
        BidViewing.ToView(solo, after).Exclusion.ShouldBeNull();
    }

    private Decision Confirm(Bid bid, Organisation member, DateTimeOffset? now = null, bool inAnotherBid = false) =>
        ConfirmMembership.Decide(bid, new ConfirmMembership(Actors.University(member.Id), now ?? Given.Now, Own: Given.ApprovedOf(Actors.University(member.Id))), Challenge, inAnotherBid);
}
