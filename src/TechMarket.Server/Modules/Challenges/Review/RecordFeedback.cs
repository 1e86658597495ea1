using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public sealed record FeedbackRequest(FeedbackReason Reason, [LongText] string? Comment = null);

public sealed class FeedbackRequestValidator : AbstractValidator<FeedbackRequest>
{
    public FeedbackRequestValidator()
    {
        RuleFor(r => r.Reason).IsInEnum();
        RuleFor(r => r.Comment).MaximumLength(ReviewRules.MaxCommentLength);
    }
}

/// <summary>
/// The bureau records a structured reason (and optionally a comment) for a bid, so every non-winning bidder
/// learns why. Recording again revises it; the award is refused until each non-winning bid has one.
/// </summary>
public sealed record RecordFeedback(Guid BidId, FeedbackReason Reason, string? Comment, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, RecordFeedback command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "take feedback", ChallengeStatus.UnderReview)
        ?? ReviewRules.RequireCommitment(challenge, command.BidId)
        ?? Decision.Accept(new FeedbackRecorded(
            challenge.Id, command.BidId, command.Reason, ReviewRules.Comment(command.Comment), command.Actor.UserId, command.Now));
}

public static class RecordFeedbackEndpoint
{
    public static RouteGroupBuilder MapRecordFeedback(this RouteGroupBuilder challenges)
    {
        challenges.MapPut("/{id:guid}/bids/{bidId:guid}/feedback", (Guid id, Guid bidId, FeedbackRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge",
                    c => RecordFeedback.Decide(c, new RecordFeedback(bidId, body.Reason, body.Comment, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<FeedbackRequest>()
            .WithSummary("Record structured feedback for a bid that will not win");
        return challenges;
    }
}
