using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class CloseBiddingTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());

    private DateTimeOffset Deadline => _story.State.Terms.ClosesAt;

    /// <summary>A bid whose commitment is forced to the given value, so the labels' order can be told in advance.</summary>
    private BidDetails Bid(string commitment, params BidEvent[] later) =>
        Given.BidDetails([Given.BidSubmitted(_story.Id, Guid.CreateVersion7()) with { Commitment = commitment }, .. later]);

    private static string Hex(char first) => first + new string('0', 63);

    private Decision Close(IReadOnlyList<BidDetails> bids, DateTimeOffset? now = null) =>
        CloseBidding.Decide(_story.State, new CloseBidding(now ?? Deadline), [.. bids.Select(BidsOnChallenges.AsChallengeBid)]);

    [Fact]
    public void At_the_deadline_the_commitments_are_published_under_labels_in_commitment_order()
    {
        var f = Bid(Hex('f'));
        var zero = Bid(Hex('0'));
        var nine = Bid(Hex('9'));

        var closed = Close([f, zero, nine]).ShouldEmitSingle<BiddingClosed>();

        closed.ShouldBe(new BiddingClosed(_story.Id, closed.Commitments, Deadline));
        closed.Commitments.ShouldBe(
        [
            new PublishedCommitment("A", zero.Id, Hex('0'), zero.LastChangedAt),
            new PublishedCommitment("B", nine.Id, Hex('9'), nine.LastChangedAt),
            new PublishedCommitment("C", f.Id, Hex('f'), f.LastChangedAt),
        ]);
        _story.Then(closed);
        _story.State.Status.ShouldBe(ChallengeStatus.BiddingClosed);
        _story.State.Commitments.ShouldBe(closed.Commitments);
        _story.Details.ClosedAt.ShouldBe(Deadline);
    }

    [Fact]
    public void Real_commitments_are_labelled_in_their_ordinal_order()
    {
        var bids = Enumerable.Range(0, 6).Select(_ => Given.BidDetails(Given.BidSubmitted(_story.Id, Guid.CreateVersion7(), salt: BidCommitment.NewSalt()))).ToList();

        var closed = Close(bids).ShouldEmitSingle<BiddingClosed>();

        closed.Commitments.Select(c => c.Commitment).ShouldBe(bids.Select(b => b.Commitment).Order(StringComparer.Ordinal));
        closed.Commitments.Select(c => c.Label).ShouldBe(["A", "B", "C", "D", "E", "F"]);
    }

    [Fact]
    public void The_order_is_ordinal_not_cultural()
    {
        var closed = Close([Bid("b2"), Bid("B1"), Bid("a3")]).ShouldEmitSingle<BiddingClosed>();

        closed.Commitments.Select(c => (c.Label, c.Commitment)).ShouldBe([("A", "B1"), ("B", "a3"), ("C", "b2")]);
    }

    [Fact]
    public void A_published_commitment_carries_when_the_bid_last_changed()
    {
        var submitted = Given.BidSubmitted(_story.Id, Guid.CreateVersion7(), at: Given.Now.AddDays(-2));
        var amended = new BidAmended(submitted.BidId, Given.BidContent(500_000m), "00", "abc", Guid.CreateVersion7(), Given.Now.AddDays(-1));

        var closed = Close([Given.BidDetails(submitted, amended)]).ShouldEmitSingle<BiddingClosed>();

        closed.Commitments.ShouldBe([new PublishedCommitment("A", submitted.BidId, "abc", Given.Now.AddDays(-1))]);
    }

    [Fact]
    public void Withdrawn_bids_take_no_part()
    {
        var withdrawn = Given.BidSubmitted(_story.Id, Guid.CreateVersion7()) with { Commitment = Hex('0') };
        var standing = Bid(Hex('5'));

        var closed = Close([Given.BidDetails(withdrawn, Given.BidWithdrawn(withdrawn)), standing]).ShouldEmitSingle<BiddingClosed>();

        closed.Commitments.ShouldHaveSingleItem().ShouldBe(new PublishedCommitment("A", standing.Id, Hex('5'), standing.LastChangedAt));
    }

    [Fact]
    public void Without_bids_the_list_is_empty_but_bidding_still_closes() =>
        Close([]).ShouldEmitSingle<BiddingClosed>().Commitments.ShouldBeEmpty();

    [Fact]
    public void One_tick_before_the_deadline_bidding_stays_open() =>
        Close([], Deadline.AddTicks(-1)).ShouldBeRefused(ErrorKind.Conflict, "deadline-not-reached");

    [Fact]
    public void Bidding_closes_any_time_after_the_deadline() =>
        Close([], Deadline.AddDays(3)).ShouldEmitSingle<BiddingClosed>().At.ShouldBe(Deadline.AddDays(3));

    [Theory]
    [InlineData(ChallengeStatus.Draft)]
    [InlineData(ChallengeStatus.BiddingClosed)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void Only_a_published_challenge_closes(ChallengeStatus status)
    {
        var story = Given.AChallengeIn(status);

        CloseBidding.Decide(story.State, new CloseBidding(story.State.Terms.ClosesAt.AddDays(1)), [])
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe("Only a published challenge closes for bids.");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Labels_run_like_spreadsheet_columns(int index, string label) => CloseBidding.Label(index).ShouldBe(label);
}
