using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges;

internal static class ChallengeRules
{
    public static DomainError? CoveringBureauOnly(Challenge challenge, Actor actor) =>
        actor.Covers(challenge.District)
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "The challenge belongs to a bureau outside your jurisdiction.");

    public static DomainError? RequireStatus(Challenge challenge, string action, params ChallengeStatus[] allowed) =>
        allowed.Contains(challenge.Status)
            ? null
            : DomainError.Conflict("invalid-transition", $"A challenge that is {Describe(challenge.Status)} cannot be {action}.");

    public static string Describe(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Draft => "a draft",
        ChallengeStatus.Published => "open for bids",
        ChallengeStatus.BiddingClosed => "closed for bids",
        ChallengeStatus.UnderReview => "under review",
        ChallengeStatus.Awarded => "awarded",
        ChallengeStatus.InProgress => "in progress",
        ChallengeStatus.Completed => "completed",
        ChallengeStatus.Failed => "failed",
        ChallengeStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
