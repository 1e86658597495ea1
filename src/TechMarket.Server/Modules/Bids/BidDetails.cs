using Marten.Events.Aggregation;

namespace TechMarket.Server.Modules.Bids;

/// <summary>One sealed bid, kept inline with its events. Who may read which part is decided in BidQueries.</summary>
public sealed class BidDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public BidStatus Status { get; set; }

    public BidContent Content { get; set; } = null!;

    public string Salt { get; set; } = string.Empty;

    public string Commitment { get; set; } = string.Empty;

    public DateTimeOffset FirstSubmittedAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }

    /// <summary>Every receipt the bidder was given, newest last.</summary>
    public List<string> Receipts { get; set; } = [];
}

public sealed class BidDetailsProjection : SingleStreamProjection<BidDetails, Guid>
{
    public static BidDetails Create(BidSubmitted e) => new()
    {
        Id = e.BidId,
        ChallengeId = e.ChallengeId,
        OrganisationId = e.OrganisationId,
        OrganisationName = e.OrganisationName,
        Status = BidStatus.Submitted,
        Content = e.Content,
        Salt = e.Salt,
        Commitment = e.Commitment,
        FirstSubmittedAt = e.At,
        LastChangedAt = e.At,
        Receipts = [e.Commitment],
    };

    public static void Apply(BidSubmitted e, BidDetails bid) => Change(bid, BidStatus.Submitted, e.Content, e.Salt, e.Commitment, e.At);

    public static void Apply(BidAmended e, BidDetails bid) => Change(bid, BidStatus.Submitted, e.Content, e.Salt, e.Commitment, e.At);

    public static void Apply(BidWithdrawn e, BidDetails bid)
    {
        bid.Status = BidStatus.Withdrawn;
        bid.LastChangedAt = e.At;
    }

    private static void Change(BidDetails bid, BidStatus status, BidContent content, string salt, string commitment, DateTimeOffset at)
    {
        bid.Status = status;
        bid.Content = content;
        bid.Salt = salt;
        bid.Commitment = commitment;
        bid.LastChangedAt = at;
        bid.Receipts.Add(commitment);
    }
}
