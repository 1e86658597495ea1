using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// The bureau records a structured reason (and optionally a comment) for a bid, so every non-winning bidder
/// learns why. Recording again revises it; the award is refused until each non-winning bid has one.
/// </summary>
public static class RecordFeedback
{
    public static Decision Decide(Challenge challenge, Guid bidId, FeedbackReason reason, string? comment, Actor officer, DateTimeOffset now) =>
        ChallengeRules.CoveringBureauOnly(challenge, officer)
        ?? ChallengeRules.RequireStatus(challenge, "take feedback", ChallengeStatus.UnderReview)
        ?? ReviewRules.RequireCommitment(challenge, bidId, out _)
        ?? (Enum.IsDefined(reason) ? null : DomainError.Invalid("reason", "Not a known feedback reason."))
        ?? ReviewRules.NormaliseComment("comment", comment, out var normalised)
        ?? Decision.Accept(new FeedbackRecorded(challenge.Id, bidId, reason, normalised, officer.UserId, now));
}
