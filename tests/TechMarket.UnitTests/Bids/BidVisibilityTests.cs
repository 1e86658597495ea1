using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

/// <summary>Sealed bids: only the bidder before close; after close the bureau in full and assigned experts blind.</summary>
public class BidVisibilityTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Guid _mine = Guid.CreateVersion7();
    private readonly Guid _rival = Guid.CreateVersion7();
    private readonly BidDetails _bid;
    private readonly BidDetails _rivalBid;

    public BidVisibilityTests()
    {
        _bid = Given.BidDetails(Given.BidSubmitted(_story.Id, _mine, organisationName: "宁波大学"));
        _rivalBid = Given.BidDetails(Given.BidSubmitted(_story.Id, _rival, organisationName: "中科院宁波材料所"));
    }

    public static TheoryData<string> Others => new("district-bureau", "city-bureau", "rival-bidder", "expert", "funder");

    private Actor Other(string who) => who switch
    {
        "district-bureau" => Actors.Bureau(Given.District),
        "city-bureau" => Actors.CityBureau(),
        "rival-bidder" => Actors.University(_rival),
        "expert" => Actors.Expert(),
        _ => Actors.Enterprise(_story.Funding[0].EnterpriseId),
    };

    /// <summary>Bidding closes at the deadline through the real decision, then one expert is assigned.</summary>
    private ChallengeDetails ClosedAndUnderReview(params BidDetails[] bids)
    {
        var close = new CloseBidding(_story.State.Terms.ClosesAt);
        _story.Then(CloseBidding.Decide(_story.State, close, [.. bids.Select(BidsOnChallenges.AsChallengeBid)]).ShouldEmitSingle<BiddingClosed>());
        return _story.WithExperts(1).Details;
    }

    private static string LabelOf(ChallengeDetails challenge, BidDetails bid) => challenge.Commitments.Single(c => c.BidId == bid.Id).Label;

    [Fact]
    public void Before_close_the_bidder_reads_its_own_bid_in_full_with_salt_and_receipts()
    {
        var view = BidQueries.Visible(_bid, _story.Details, Actors.University(_mine)).ShouldBeOfType<BidView>();

        view.ShouldBe(new BidView(
            _bid.Id, 1, _story.Id, _mine, "宁波大学", BidStatus.Submitted, null, _bid.Content, Given.Salt, _bid.Commitment, _bid.Receipts,
            _bid.FirstSubmittedAt, _bid.LastChangedAt));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void Before_close_nobody_else_reads_a_bid(string who) =>
        BidQueries.Visible(_bid, _story.Details, Other(who)).ShouldBeNull();

    [Fact]
    public void After_close_the_bidder_still_reads_its_bid_now_under_its_label()
    {
        var challenge = ClosedAndUnderReview(_bid, _rivalBid);

        BidQueries.Visible(_bid, challenge, Actors.University(_mine)).ShouldBeOfType<BidView>().Label.ShouldBe(LabelOf(challenge, _bid));
    }

    [Fact]
    public void After_close_the_covering_bureau_reads_every_bid_in_full()
    {
        var challenge = ClosedAndUnderReview(_bid, _rivalBid);

        foreach (var bureau in new[] { Actors.Bureau(Given.District), Actors.CityBureau() })
        {
            var view = BidQueries.Visible(_rivalBid, challenge, bureau).ShouldBeOfType<BidView>();
            (view.OrganisationId, view.OrganisationName, view.Label).ShouldBe((_rival, "中科院宁波材料所", LabelOf(challenge, _rivalBid)));
            view.Salt.ShouldBe(Given.Salt);
        }
    }

    [Fact]
    public void After_close_an_assigned_expert_reads_the_bids_blind()
    {
        var challenge = ClosedAndUnderReview(_bid, _rivalBid);

        var view = BidQueries.Visible(_bid, challenge, _story.Experts[0]).ShouldBeOfType<BlindBidView>();

        var content = _bid.Content;
        view.ShouldBe(new BlindBidView(LabelOf(challenge, _bid), _bid.Commitment, view.Content));
        (view.Content.TechnicalApproach, view.Content.Team, view.Content.Budget, view.Content.Schedule)
            .ShouldBe((content.TechnicalApproach, content.Team, content.Budget, content.Schedule));
        view.Content.Attachments.ShouldBeEmpty();
        typeof(BlindBidView).GetProperties().Select(p => p.Name).ShouldBe(["Label", "Commitment", "Content"]);
    }

    [Fact]
    public void The_blind_view_numbers_attachments_and_names_them_neutrally_keeping_their_hashes()
    {
        var submitted = Given.BidSubmitted(_story.Id, _mine, Given.BidContent(attachments:
            [Given.Attachment("宁波大学-李教授团队-申报书.PDF", "aa"), Given.Attachment("team photo.jpeg", "bb")]));
        var bid = Given.BidDetails(submitted);
        var challenge = ClosedAndUnderReview(bid);

        var attachments = BidQueries.Visible(bid, challenge, _story.Experts[0]).ShouldBeOfType<BlindBidView>().Content.Attachments;

        attachments.Select(a => (a.Number, a.Name, a.Sha256, a.Download)).ShouldBe(
        [
            (1, "附件1.pdf", "aa", $"/api/challenges/{_story.Id}/bids/A/attachments/1"),
            (2, "附件2.jpeg", "bb", $"/api/challenges/{_story.Id}/bids/A/attachments/2"),
        ]);
        typeof(BlindAttachment).GetProperties().Select(p => p.Name).ShouldNotContain(name => name.Contains("Id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rival-bidder")]
    [InlineData("expert")]
    [InlineData("funder")]
    public void After_close_the_others_still_read_nothing(string who) =>
        BidQueries.Visible(_bid, ClosedAndUnderReview(_bid, _rivalBid), Other(who)).ShouldBeNull();

    [Fact]
    public void After_close_officers_of_another_district_read_nothing() =>
        BidQueries.Visible(_bid, ClosedAndUnderReview(_bid, _rivalBid), Actors.Bureau(Given.OtherDistrict)).ShouldBeNull();

    [Fact]
    public void A_bid_withdrawn_before_close_took_no_part_and_only_its_bidder_reads_it()
    {
        var submitted = Given.BidSubmitted(_story.Id, _mine);
        var withdrawn = Given.BidDetails(submitted, Given.BidWithdrawn(submitted));
        var challenge = ClosedAndUnderReview(withdrawn, _rivalBid);

        challenge.Commitments.ShouldHaveSingleItem().BidId.ShouldBe(_rivalBid.Id);
        BidQueries.Visible(withdrawn, challenge, Actors.Bureau(Given.District)).ShouldBeNull();
        BidQueries.Visible(withdrawn, challenge, _story.Experts[0]).ShouldBeNull();
        var own = BidQueries.Visible(withdrawn, challenge, Actors.University(_mine)).ShouldBeOfType<BidView>();
        (own.Status, own.Label).ShouldBe((BidStatus.Withdrawn, null));
    }

    [Fact]
    public void A_cancellation_after_close_does_not_hide_the_revealed_bids_from_the_bureau_again()
    {
        ClosedAndUnderReview(_bid);
        var cancelled = _story.Cancelled().Details;

        BidQueries.Visible(_bid, cancelled, Actors.Bureau(Given.District)).ShouldBeOfType<BidView>();
        BidQueries.Visible(_bid, cancelled, Actors.University(Guid.CreateVersion7())).ShouldBeNull();
        BidQueries.Visible(_bid, cancelled, Actors.University(_mine)).ShouldBeOfType<BidView>();
    }
}
