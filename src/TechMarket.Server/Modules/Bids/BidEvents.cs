namespace TechMarket.Server.Modules.Bids;

/// <summary>Everything that happens to a bid: the closed set of events on its stream.</summary>
public abstract record BidEvent(Guid BidId, DateTimeOffset At);

/// <summary>揭榜申报: an eligible organisation submitted its sealed bid (again, after a withdrawal); the commitment is
/// its receipt, in the format of <see cref="BidCommitment"/> it names (events stored before format 2 read as format 1).</summary>
public sealed record BidSubmitted(
    Guid BidId, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At,
    int ReceiptFormat = BidCommitment.LegacyFormat)
    : BidEvent(BidId, At);

public sealed record BidAmended(
    Guid BidId, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At, int ReceiptFormat = BidCommitment.LegacyFormat)
    : BidEvent(BidId, At);

public sealed record BidWithdrawn(Guid BidId, Guid By, DateTimeOffset At) : BidEvent(BidId, At);

/// <summary>联合答题: the lead named the organisations bidding with it — its own role and share, and each member's; the
/// shares add up to the budget. An empty list makes the bid a solo one again.</summary>
public sealed record ConsortiumNamed(Guid BidId, string LeadRole, decimal LeadShare, IReadOnlyList<BidMember> Members, Guid By, DateTimeOffset At)
    : BidEvent(BidId, At);

/// <summary>A member's authorised user confirmed, before the deadline, that its organisation takes part on the terms named.</summary>
public sealed record MembershipConfirmed(Guid BidId, Guid OrganisationId, Guid By, DateTimeOffset At) : BidEvent(BidId, At);

/// <summary>A member's authorised user declined (with a reason the lead reads); the lead may name others.</summary>
public sealed record MembershipDeclined(Guid BidId, Guid OrganisationId, string Reason, Guid By, DateTimeOffset At) : BidEvent(BidId, At);
