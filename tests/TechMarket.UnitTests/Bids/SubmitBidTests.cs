using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

public class SubmitBidTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Organisation _university = Given.Organisation(OrganisationKind.University);
    private readonly Guid _bidId = Guid.NewGuid();

    private DateTimeOffset OpensAt => _story.State.Terms.OpensAt;

    private DateTimeOffset ClosesAt => _story.State.Terms.ClosesAt;

    private Decision Submit(
        ChallengeDetails? challenge = null, Organisation? organisation = null, Actor? actor = null, BidContent? content = null,
        Bid? existing = null, DateTimeOffset? now = null, string salt = Given.Salt)
    {
        var bidder = organisation ?? _university;
        var c = challenge ?? _story.Details;
        return SubmitBid.Decide(existing, new SubmitBid(_bidId, c.Id, content ?? Given.BidContent(), actor ?? Actors.University(bidder.Id), salt, now ?? Given.Now), c, bidder);
    }

    private static ChallengeDetails OpenTo(params OrganisationKind[] kinds) => OpenTo(kinds, []);

    private static ChallengeDetails OpenTo(OrganisationKind[] kinds, string[] districts)
    {
        var terms = Given.OpenTerms() with { Eligibility = new Eligibility(kinds, districts) };
        return Given.AChallenge(terms).Details;
    }

    [Fact]
    public void An_eligible_organisation_submits_its_sealed_bid_with_the_commitment_as_receipt()
    {
        var user = Actors.University(_university.Id);
        var content = Given.BidContent();

        var submitted = Submit(actor: user).ShouldEmitSingle<BidSubmitted>();

        var bidId = _bidId;
        var commitment = BidCommitment.Compute(_story.Id, _university.Id, content, Given.Salt);
        submitted.ShouldBe(new BidSubmitted(
            bidId, _story.Id, _university.Id, "宁波海水科技有限公司", submitted.Content, Given.Salt, commitment, user.UserId, Given.Now, BidCommitment.CurrentFormat));
        submitted.Content.ShouldBeEquivalentTo(content);
        commitment.Length.ShouldBe(64);
        var details = Given.BidDetails(submitted);
        (details.Status, details.Commitment, details.FirstSubmittedAt).ShouldBe((BidStatus.Submitted, commitment, Given.Now));
        details.Receipts.ShouldBe([commitment]);
    }

    [Fact]
    public void The_commitment_depends_on_the_salt_drawn_for_the_submission() =>
        Submit(salt: BidCommitment.NewSalt()).ShouldEmitSingle<BidSubmitted>().Commitment
            .ShouldNotBe(Submit(salt: BidCommitment.NewSalt()).ShouldEmitSingle<BidSubmitted>().Commitment);

    [Theory]
    [InlineData(OrganisationKind.Enterprise)]
    [InlineData(OrganisationKind.Institute)]
    public void Organisations_of_a_kind_not_named_are_not_eligible(OrganisationKind kind) =>
        Submit(organisation: Given.Organisation(kind)).ShouldBeRefused(ErrorKind.Forbidden, "not-eligible")
            .Detail.ShouldBe("Organisations of your kind are not eligible for this challenge.");

    [Fact]
    public void Every_kind_named_is_eligible() =>
        Submit(OpenTo(OrganisationKind.University, OrganisationKind.Institute), Given.Organisation(OrganisationKind.Institute))
            .ShouldEmitSingle<BidSubmitted>();

    [Fact]
    public void A_district_list_keeps_out_organisations_of_other_districts()
    {
        var challenge = OpenTo([OrganisationKind.University], [Given.District]);

        Submit(challenge, Given.Organisation(OrganisationKind.University, district: Given.OtherDistrict))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-eligible").Detail.ShouldBe("This challenge is open to organisations of other districts only.");
        Submit(challenge, Given.Organisation(OrganisationKind.University, district: Given.District)).ShouldEmitSingle<BidSubmitted>();
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void An_organisation_not_approved_cannot_bid(OrganisationStatus status) =>
        Submit(organisation: Given.Organisation(OrganisationKind.University, status))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-eligible").Detail.ShouldBe("Only users of an approved organisation can bid.");

    [Fact]
    public void A_user_cannot_bid_for_an_organisation_that_is_not_theirs() =>
        Submit(actor: Actors.University(Guid.CreateVersion7())).ShouldBeRefused(ErrorKind.Forbidden, "not-eligible");

    [Fact]
    public void A_user_without_an_organisation_cannot_bid() =>
        SubmitBid.Decide(null, new SubmitBid(Guid.CreateVersion7(), _story.Details.Id, Given.BidContent(), Actors.Expert(), Given.Salt, Given.Now), _story.Details, null)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-eligible");

    [Fact]
    public void An_enterprise_cannot_bid_on_a_challenge_it_funds()
    {
        var story = Given.AChallenge(Given.OpenTerms() with { Eligibility = new Eligibility([OrganisationKind.Enterprise], []) });
        var funder = Given.Organisation(OrganisationKind.Enterprise) with { Id = story.Funding[0].EnterpriseId };

        Submit(story.Details, funder).ShouldBeRefused(ErrorKind.Forbidden, "not-eligible")
            .Detail.ShouldBe("An enterprise cannot bid on a challenge it funds.");
        Submit(story.Details, Given.Organisation(OrganisationKind.Enterprise)).ShouldEmitSingle<BidSubmitted>();
    }

    [Fact]
    public void Before_bidding_opens_the_bid_is_refused_with_the_opening_time()
    {
        Submit(now: OpensAt.AddTicks(-1)).ShouldBeRefused(ErrorKind.Conflict, "bidding-not-open")
            .Detail.ShouldBe("Bidding opens at 2026-11-20 02:00 UTC.");
        Submit(now: OpensAt).ShouldEmitSingle<BidSubmitted>();
    }

    [Fact]
    public void The_opening_time_is_told_in_utc_whatever_offset_the_bureau_sent()
    {
        var inChina = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(8));
        var story = Given.AChallenge(Given.OpenTerms() with { OpensAt = inChina });

        Submit(story.Details, now: inChina.AddTicks(-1)).ShouldBeRefused(ErrorKind.Conflict, "bidding-not-open")
            .Detail.ShouldBe("Bidding opens at 2026-11-20 02:00 UTC.");
    }

    [Fact]
    public void A_bid_one_tick_before_the_deadline_is_taken() =>
        Submit(now: ClosesAt.AddTicks(-1)).ShouldEmitSingle<BidSubmitted>().At.ShouldBe(ClosesAt.AddTicks(-1));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void From_the_deadline_on_bids_are_refused_even_before_the_challenge_closes(int ticksAfterDeadline)
    {
        _story.State.Status.ShouldBe(ChallengeStatus.Published);

        Submit(now: ClosesAt.AddTicks(ticksAfterDeadline)).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed")
            .Detail.ShouldBe("Bidding on this challenge is closed.");
    }

    [Theory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.BiddingClosed)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void Only_a_published_challenge_takes_bids(ChallengeStatus status)
    {
        var challenge = Given.AChallengeIn(status).Details;

        Submit(challenge, now: challenge.Terms.OpensAt.AddTicks(1)).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");
    }

    [Fact]
    public void The_budget_may_not_exceed_the_bounty()
    {
        Submit(content: Given.BidContent(1_000_000.01m)).ShouldBeInvalid("budget").ShouldStartWith("The budget may not exceed the bounty of ");
        Submit(content: Given.BidContent(1_000_000m)).ShouldEmitSingle<BidSubmitted>();
    }

    [Fact]
    public void In_a_horse_race_a_team_asks_at_most_the_bounty_divided_by_the_planned_winners()
    {
        // Bounty 1 000 000 over three planned teams: 333 333.33 each, however many bid.
        var race = Given.AChallenge(Given.OpenTerms(ChallengeMode.HorseRace, winnerCount: 3)).Details;

        Submit(race, content: Given.BidContent(333_333.34m)).ShouldBeInvalid("budget")
            .ShouldBe("In this horse race a team's budget may not exceed 333,333.33 yuan (the bounty of 1,000,000.00 ÷ 3 teams).");
        Submit(race, content: Given.BidContent(333_333.33m)).ShouldEmitSingle<BidSubmitted>();
    }

    [Fact]
    public void An_organisation_bids_once_and_amends_afterwards()
    {
        var first = Submit().ShouldEmitSingle<BidSubmitted>();

        Submit(existing: Given.Bid(first)).ShouldBeRefused(ErrorKind.Conflict, "already-bid")
            .Detail.ShouldBe("Your organisation already has a bid on this challenge; amend it instead.");
    }

    [Fact]
    public void After_withdrawing_an_organisation_may_submit_again_under_the_same_bid()
    {
        var first = Submit(now: Given.Now.AddHours(-2)).ShouldEmitSingle<BidSubmitted>();
        var withdrawn = Given.BidWithdrawn(first, Given.Now.AddHours(-1));

        var again = Submit(existing: Given.Bid(first, withdrawn), content: Given.BidContent(600_000m), salt: "ab")
            .ShouldEmitSingle<BidSubmitted>();

        again.BidId.ShouldBe(first.BidId);
        again.Commitment.ShouldBe(BidCommitment.Compute(_story.Id, _university.Id, again.Content, "ab"));
        Given.Bid(first, withdrawn, again).Status.ShouldBe(BidStatus.Submitted);
        var details = Given.BidDetails(first, withdrawn, again);
        (details.Status, details.Content.Budget, details.FirstSubmittedAt, details.LastChangedAt).ShouldBe((BidStatus.Submitted, 600_000m, Given.Now.AddHours(-2), Given.Now));
        details.Receipts.ShouldBe([first.Commitment, again.Commitment]);
    }
}
