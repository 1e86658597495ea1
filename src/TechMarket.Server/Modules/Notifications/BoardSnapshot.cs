using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>What a challenge's board last showed its watchers. A board push goes out exactly when this changes, so an
/// event that leaves the board as it was — a score, an objection, an NDA, an amended bid — cannot be told apart by the
/// timing of a push.</summary>
public sealed class BoardSnapshot
{
    public Guid Id { get; set; }

    public ChallengeStatus Status { get; set; }

    public int BidCount { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    public bool Shows(ChallengeStatus status, int bidCount, DateTimeOffset closesAt) =>
        Status == status && BidCount == bidCount && ClosesAt == closesAt;
}
