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

/// <summary>The read model's one fold, which Marten runs inline with the bid's events.</summary>
public static class BidDetailsProjection
{
    public static BidDetails? Evolve(BidDetails? bid, BidEvent e) => (bid, e) switch
    {
        (null, BidSubmitted x) => new BidDetails
        {
            Id = x.BidId,
            ChallengeId = x.ChallengeId,
            OrganisationId = x.OrganisationId,
            OrganisationName = x.OrganisationName,
            Status = BidStatus.Submitted,
            Content = x.Content,
            Salt = x.Salt,
            Commitment = x.Commitment,
            FirstSubmittedAt = x.At,
            LastChangedAt = x.At,
            Receipts = [x.Commitment],
        },
        ({ } details, BidSubmitted x) => Changed(details, x.Content, x.Salt, x.Commitment, x.At),
        ({ } details, BidAmended x) => Changed(details, x.Content, x.Salt, x.Commitment, x.At),
        ({ } details, BidWithdrawn x) => Withdrawn(details, x.At),
        _ => bid,
    };

    /// <summary>Submitted again or amended: the new content stands, and the bidder holds one more receipt.</summary>
    private static BidDetails Changed(BidDetails bid, BidContent content, string salt, string commitment, DateTimeOffset at)
    {
        bid.Status = BidStatus.Submitted;
        bid.Content = content;
        bid.Salt = salt;
        bid.Commitment = commitment;
        bid.LastChangedAt = at;
        bid.Receipts.Add(commitment);
        return bid;
    }

    private static BidDetails Withdrawn(BidDetails bid, DateTimeOffset at)
    {
        bid.Status = BidStatus.Withdrawn;
        bid.LastChangedAt = at;
        return bid;
    }
}
