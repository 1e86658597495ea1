using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

public class AmendBidTests
{
    private const string NewSalt = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Guid _university = Guid.CreateVersion7();
    private readonly BidSubmitted _submitted;

    public AmendBidTests() => _submitted = Given.BidSubmitted(_story.Id, _university, at: Given.Now.AddDays(-2));

    private DateTimeOffset ClosesAt => _story.State.Terms.ClosesAt;

    private Decision Amend(BidContent content, Bid? bid = null, Guid? organisation = null, DateTimeOffset? now = null, ChallengeDetails? challenge = null) =>
        AmendBid.Decide(
            bid ?? Given.Bid(_submitted), new AmendBid(content, Actors.University(organisation ?? _university), NewSalt, now ?? Given.Now, Own: Given.ApprovedOf(Actors.University(organisation ?? _university))), challenge ?? _story.Details);

    [Fact]
    public void The_bidder_replaces_its_content_and_gets_a_new_receipt_under_a_fresh_salt()
    {
        var content = Given.BidContent(680_000m, Given.Attachment("plan.pdf", new string('a', 64)));
        var user = Actors.University(_university);

        var amended = AmendBid.Decide(Given.Bid(_submitted), new AmendBid(content, user, NewSalt, Given.Now, Own: Given.ApprovedOf(user)), _story.Details).ShouldEmitSingle<BidAmended>();

        var commitment = BidCommitment.Compute(_story.Id, _university, content, NewSalt);
        amended.ShouldBe(new BidAmended(_submitted.BidId, content, NewSalt, commitment, user.UserId, Given.Now, BidCommitment.CurrentFormat));
        commitment.ShouldNotBe(_submitted.Commitment);
        var details = Given.BidDetails(_submitted, amended);
        (details.Salt, details.Commitment, details.Content.Budget).ShouldBe((NewSalt, commitment, 680_000m));
        (details.FirstSubmittedAt, details.LastChangedAt).ShouldBe((Given.Now.AddDays(-2), Given.Now));
        details.Receipts.ShouldBe([_submitted.Commitment, commitment]);
    }

    [Fact]
    public void Amending_to_the_same_content_still_changes_the_receipt_because_the_salt_is_new() =>
        Amend(_submitted.Content).ShouldEmitSingle<BidAmended>().Commitment.ShouldNotBe(_submitted.Commitment);

    [Fact]
    public void Another_organisation_cannot_amend_the_bid() =>
        Amend(Given.BidContent(), organisation: Guid.CreateVersion7()).ShouldBeRefused(ErrorKind.Forbidden, "not-bidder")
            .Detail.ShouldBe("Only the organisation that submitted this bid may change it.");

    [Fact]
    public void A_withdrawn_bid_is_submitted_again_not_amended() =>
        Amend(Given.BidContent(), Given.Bid(_submitted, Given.BidWithdrawn(_submitted))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition")
            .Detail.ShouldBe("A withdrawn bid cannot be amended; submit it again instead.");

    [Fact]
    public void A_bid_is_amended_up_to_the_last_tick_before_the_deadline() =>
        Amend(Given.BidContent(), now: ClosesAt.AddTicks(-1)).ShouldEmitSingle<BidAmended>();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void From_the_deadline_on_a_bid_cannot_be_amended(int ticksAfterDeadline) =>
        Amend(Given.BidContent(), now: ClosesAt.AddTicks(ticksAfterDeadline)).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");

    [Fact]
    public void A_bid_on_a_closed_challenge_cannot_be_amended()
    {
        var closed = Given.AChallengeIn(ChallengeStatus.BiddingClosed).Details;

        Amend(Given.BidContent(), now: closed.Terms.OpensAt.AddDays(1), challenge: closed).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");
    }

    [Fact]
    public void The_amended_budget_may_not_exceed_the_bounty() =>
        Amend(Given.BidContent(1_000_000.01m)).ShouldBeInvalid("budget");
}
