namespace TechMarket.Server.Modules.Bids;

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
