using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class RecordFeedbackTests
{
    private readonly ChallengeStory _story = Given.AChallenge().WithBids(2).Closed().WithExperts(1);

    private Decision Record(FeedbackReason reason = FeedbackReason.BudgetUnrealistic, string? comment = null, string label = "B") =>
        RecordFeedback.Decide(_story.State, new RecordFeedback(_story.BidId(label), reason, comment, Actors.Bureau(Given.District), Given.Now));

    [Fact]
    public void The_officer_records_a_structured_reason_with_a_trimmed_comment()
    {
        var officer = Actors.Bureau(Given.District);

        var command = new RecordFeedback(_story.BidId("B"), FeedbackReason.TeamCapability, "  No pilot-line experience.  ", officer, Given.Now);
        var recorded = RecordFeedback.Decide(_story.State, command)
            .ShouldEmitSingle<FeedbackRecorded>();

        recorded.ShouldBe(new FeedbackRecorded(_story.Id, _story.BidId("B"), FeedbackReason.TeamCapability, "No pilot-line experience.", officer.UserId, Given.Now));
        _story.Then(recorded).State.FeedbackGiven.ShouldBe([_story.BidId("B")]);
        _story.Details.Feedback[_story.BidId("B")].ShouldBe(recorded);
    }

    [Fact]
    public void Recording_again_revises_the_feedback()
    {
        _story.Then(Record(FeedbackReason.BudgetUnrealistic).ShouldEmitSingle<FeedbackRecorded>());

        var revised = Record(FeedbackReason.PoorFitToNeed, "Solves a different problem.").ShouldEmitSingle<FeedbackRecorded>();

        var feedback = _story.Then(revised).Details.Feedback.ShouldHaveSingleItem().Value;
        feedback.Reason.ShouldBe(FeedbackReason.PoorFitToNeed);
        feedback.Comment.ShouldBe("Solves a different problem.");
    }

    [Fact]
    public void A_blank_comment_is_no_comment() => Record(comment: "   ").ShouldEmitSingle<FeedbackRecorded>().Comment.ShouldBeNull();

    [Fact]
    public void An_officer_of_another_district_may_not_record_feedback() =>
        RecordFeedback.Decide(_story.State, new RecordFeedback(_story.BidId("B"), FeedbackReason.TeamCapability, null, Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");

    [Fact]
    public void Feedback_waits_for_the_review_to_start()
    {
        var story = Given.AChallenge().WithBids(2).Closed();

        RecordFeedback.Decide(story.State, new RecordFeedback(story.BidId("B"), FeedbackReason.TeamCapability, null, Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Feedback_is_not_changed_after_the_award()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();

        RecordFeedback.Decide(story.State, new RecordFeedback(story.BidId("B"), FeedbackReason.TeamCapability, null, Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Feedback_is_only_for_a_bid_that_took_part() =>
        RecordFeedback.Decide(_story.State, new RecordFeedback(Guid.CreateVersion7(), FeedbackReason.TeamCapability, null, Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.NotFound, "bid-not-found");

    [Fact]
    public void An_unknown_reason_is_refused() =>
        new FeedbackRequestValidator().ShouldBeInvalid(new FeedbackRequest((FeedbackReason)99), "Reason");

    [Fact]
    public void A_comment_over_a_thousand_characters_is_refused() =>
        new FeedbackRequestValidator().ShouldBeInvalid(new FeedbackRequest(FeedbackReason.TeamCapability, new string('x', 1001)), "Comment");
}
