namespace TechMarket.Server.Modules.Bids;

/// <summary>Everything that happens to a bid: the closed set of events on its stream.</summary>
public abstract record BidEvent(Guid BidId, DateTimeOffset At);

/// <summary>揭榜申报: an eligible organisation submitted its sealed bid (again, after a withdrawal); the commitment is
/// its receipt.</summary>
public sealed record BidSubmitted(
    Guid BidId, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At)
    : BidEvent(BidId, At);

public sealed record BidAmended(Guid BidId, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At) : BidEvent(BidId, At);

public sealed record BidWithdrawn(Guid BidId, Guid By, DateTimeOffset At) : BidEvent(BidId, At);
