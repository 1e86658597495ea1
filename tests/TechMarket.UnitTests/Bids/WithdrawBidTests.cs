using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

public class WithdrawBidTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Guid _university = Guid.CreateVersion7();
    private readonly BidSubmitted _submitted;

    public WithdrawBidTests() => _submitted = Given.BidSubmitted(_story.Id, _university, at: Given.Now.AddDays(-2));

    private DateTimeOffset ClosesAt => _story.State.Terms.ClosesAt;

    private Decision Withdraw(Bid? bid = null, Guid? organisation = null, DateTimeOffset? now = null, ChallengeDetails? challenge = null) =>
        WithdrawBid.Decide(bid ?? Given.Bid(_submitted), new WithdrawBid(Actors.University(organisation ?? _university), now ?? Given.Now, Own: Given.ApprovedOf(Actors.University(organisation ?? _university))), challenge ?? _story.Details);

    [Fact]
    public void The_bidder_takes_its_bid_back_before_the_deadline()
    {
        var user = Actors.University(_university);

        var withdrawn = WithdrawBid.Decide(Given.Bid(_submitted), new WithdrawBid(user, Given.Now, Own: Given.ApprovedOf(user)), _story.Details).ShouldEmitSingle<BidWithdrawn>();

        withdrawn.ShouldBe(new BidWithdrawn(_submitted.BidId, user.UserId, Given.Now));
        Given.Bid(_submitted, withdrawn).Status.ShouldBe(BidStatus.Withdrawn);
        var details = Given.BidDetails(_submitted, withdrawn);
        (details.Status, details.LastChangedAt, details.Commitment).ShouldBe((BidStatus.Withdrawn, Given.Now, _submitted.Commitment));
    }

    [Fact]
    public void Another_organisation_cannot_withdraw_the_bid() =>
        Withdraw(organisation: Guid.CreateVersion7()).ShouldBeRefused(ErrorKind.Forbidden, "not-bidder");

    [Fact]
    public void A_bid_is_withdrawn_once() =>
        Withdraw(Given.Bid(_submitted, Given.BidWithdrawn(_submitted))).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition")
            .Detail.ShouldBe("A withdrawn bid cannot be withdrawn; submit it again instead.");

    [Fact]
    public void A_bid_is_withdrawn_up_to_the_last_tick_before_the_deadline() =>
        Withdraw(now: ClosesAt.AddTicks(-1)).ShouldEmitSingle<BidWithdrawn>();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void From_the_deadline_on_a_bid_stands(int ticksAfterDeadline) =>
        Withdraw(now: ClosesAt.AddTicks(ticksAfterDeadline)).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");

    [Theory]
    [InlineData(ChallengeStatus.BiddingClosed)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void A_bid_on_a_challenge_no_longer_open_cannot_be_withdrawn(ChallengeStatus status)
    {
        var challenge = Given.AChallengeIn(status).Details;

        Withdraw(now: challenge.Terms.OpensAt.AddDays(1), challenge: challenge).ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");
    }
}
