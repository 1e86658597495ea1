using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>When bids may change at all: only while the challenge is open, judged by the clock — a bid one tick
/// after the deadline is refused even if the scheduler has not closed the challenge yet.</summary>
internal static class BidRules
{
    public static DomainError? WindowOpen(ChallengeDetails challenge, DateTimeOffset now)
    {
        if (challenge.Status == ChallengeStatus.Published && now < challenge.Terms.OpensAt)
        {
            return DomainError.Conflict("bidding-not-open",
                string.Create(CultureInfo.InvariantCulture, $"Bidding opens at {challenge.Terms.OpensAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        }

        return challenge.Status == ChallengeStatus.Published && now < challenge.Terms.ClosesAt ? null : Closed;
    }

    /// <summary>The refusal of a bid command after the deadline, by the clock or by the bidding gate.</summary>
    public static readonly DomainError Closed = DomainError.Conflict("bidding-closed", "Bidding on this challenge is closed.");

    public static DomainError? BidderOnly(Bid bid, Actor actor) =>
        actor.BelongsTo(bid.OrganisationId)
            ? null
            : DomainError.Forbidden("not-bidder", "Only the organisation that submitted this bid may change it.");

    public static DomainError? RequireSubmitted(Bid bid, string action) =>
        bid.Status == BidStatus.Submitted
            ? null
            : DomainError.Conflict("invalid-transition", $"A withdrawn bid cannot be {action}; submit it again instead.");

    public static DomainError? WithinBounty(BidContent content, ChallengeDetails challenge) =>
        content.Budget <= challenge.Bounty
            ? null
            : DomainError.Invalid("budget", string.Create(CultureInfo.InvariantCulture, $"The budget may not exceed the bounty of {challenge.Bounty:N2} yuan."));
}
