using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>Who may act on a challenge and in which status: shared by the challenge, bid and review decisions.</summary>
public static class ChallengeRules
{
    public static DomainError? CoveringBureauOnly(Challenge challenge, Actor actor) =>
        actor.Covers(challenge.District)
            ? null
            : DomainError.Forbidden("outside-jurisdiction", "The challenge belongs to a district outside your jurisdiction.");

    public static DomainError? RequireStatus(Challenge challenge, string action, params ChallengeStatus[] allowed) =>
        allowed.Contains(challenge.Status)
            ? null
            : DomainError.Conflict("invalid-transition", $"A challenge that is {Describe(challenge.Status)} cannot {action}.");

    public static string Describe(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Draft => "a draft",
        ChallengeStatus.Published => "open for bids",
        ChallengeStatus.BiddingClosed => "closed for bids and not yet under review",
        ChallengeStatus.UnderReview => "under review",
        ChallengeStatus.InPublicity => "in publicity (公示)",
        ChallengeStatus.Awarded => "awarded",
        ChallengeStatus.InProgress => "in progress",
        ChallengeStatus.Completed => "completed",
        ChallengeStatus.Failed => "failed",
        ChallengeStatus.Cancelled => "cancelled",
        ChallengeStatus.Unfilled => "closed without a winner (流榜)",
        _ => status.ToString(),
    };
}
