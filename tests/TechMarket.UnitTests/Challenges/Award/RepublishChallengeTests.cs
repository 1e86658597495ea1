using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Award;

public class RepublishChallengeTests
{
    private static readonly DateTimeOffset NewDeadline = Given.Now.AddDays(20);

    /// <summary>Two bids, three experts each: A totals 80, B 70, against the given pass mark.</summary>
    internal static ChallengeStory Reviewed(decimal passMark)
    {
        var story = Given.AChallenge(Given.Terms() with { PassMark = passMark }).WithBids(2).Closed().WithExperts(3);
        return story.ScoredByAll("A", 8, 8, 8, 8).ScoredByAll("B", 7, 7, 7, 7);
    }

    private static Decision Republish(ChallengeStory story, DateTimeOffset? closesAt = null, Actor? officer = null) =>
        RepublishChallenge.Decide(story.State, new RepublishChallenge(
            closesAt ?? NewDeadline, " 无揭榜方案达到及格分 ", ChallengeOptions.DefaultMinimumReviews, officer ?? Actors.Bureau(Given.District), Given.Now));

    [Fact]
    public void When_no_bid_reaches_the_pass_mark_bidding_opens_again_and_the_old_review_no_longer_counts()
    {
        var story = Reviewed(passMark: 85m).WithFeedback("B");
        var officer = Actors.Bureau(Given.District);

        var republished = Republish(story, officer: officer).ShouldEmitSingle<ChallengeRepublished>();

        republished.ShouldBe(new ChallengeRepublished(story.Id, NewDeadline, "无揭榜方案达到及格分", officer.UserId, Given.Now));
        var state = story.Then(republished).State;
        (state.Status, state.Terms.ClosesAt).ShouldBe((ChallengeStatus.Published, NewDeadline));
        state.Commitments.ShouldBeEmpty();
        state.Experts.ShouldBeEmpty();
        state.Scores.ShouldBeEmpty();
        state.FeedbackGiven.ShouldBeEmpty();
        var details = story.Details;
        details.Republications.ShouldHaveSingleItem().ShouldBe(new Republication(Given.Now.AddDays(-10), NewDeadline, "无揭榜方案达到及格分", Given.Now));
        (details.Status, details.Terms.ClosesAt, details.Commitments.Count, details.Scores.Count).ShouldBe((ChallengeStatus.Published, NewDeadline, 0, 0));
    }

    [Fact]
    public void A_challenge_nobody_bid_on_may_be_republished()
    {
        var story = Given.AChallenge().WithBids(0).Closed();

        Republish(story).ShouldEmitSingle<ChallengeRepublished>();
    }

    [Fact]
    public void When_a_bid_reached_the_pass_mark_the_bureau_awards_instead() =>
        Republish(Reviewed(passMark: 80m)).ShouldBeRefused(ErrorKind.Conflict, "pass-mark-reached");

    [Fact]
    public void Before_every_bid_has_its_reviews_nobody_can_say_the_pass_mark_was_missed()
    {
        var story = Given.AChallenge(Given.Terms() with { PassMark = 85m }).WithBids(2).Closed().WithExperts(3).ScoredByAll("A", 5, 5, 5, 5);

        Republish(story).ShouldBeRefused(ErrorKind.Conflict, "review-incomplete");
    }

    [Fact]
    public void The_new_deadline_is_in_the_future() =>
        Republish(Reviewed(passMark: 85m), closesAt: Given.Now).ShouldBeInvalid("closesAt");

    [Fact]
    public void Only_the_covering_bureau_republishes() =>
        Republish(Reviewed(passMark: 85m), officer: Actors.Bureau(Given.OtherDistrict)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

    [Theory]
    [InlineData(ChallengeStatus.Published)]
    [InlineData(ChallengeStatus.Awarded)]
    [InlineData(ChallengeStatus.Cancelled)]
    public void Only_a_closed_challenge_without_a_winner_is_republished(ChallengeStatus status) =>
        Republish(Given.AChallengeIn(status)).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
}
