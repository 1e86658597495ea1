namespace TechMarket.Server.Modules.Bids;

public enum BidStatus
{
    Submitted,
    Withdrawn,
}

/// <summary>A sealed bid's state: whose it is, its current content, salt and commitment.</summary>
public sealed record Bid(
    Guid Id, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidStatus Status,
    BidContent Content, string Salt, string Commitment, DateTimeOffset FirstSubmittedAt, DateTimeOffset LastChangedAt)
{
    public static Bid Create(BidSubmitted e) => new(
        e.BidId, e.ChallengeId, e.OrganisationId, e.OrganisationName, BidStatus.Submitted, e.Content, e.Salt, e.Commitment, e.At, e.At);

    /// <summary>A withdrawn bid may be submitted again before the deadline; it keeps its identity.</summary>
    public Bid Apply(BidSubmitted e) => this with
    {
        Status = BidStatus.Submitted, Content = e.Content, Salt = e.Salt, Commitment = e.Commitment, LastChangedAt = e.At,
    };

    public Bid Apply(BidAmended e) => this with { Content = e.Content, Salt = e.Salt, Commitment = e.Commitment, LastChangedAt = e.At };

    public Bid Apply(BidWithdrawn e) => this with { Status = BidStatus.Withdrawn, LastChangedAt = e.At };
}
