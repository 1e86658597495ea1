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
            ReceiptFormat = x.ReceiptFormat,
            FirstSubmittedAt = x.At,
            LastChangedAt = x.At,
            Receipts = [x.Commitment],
        },
        ({ } details, BidSubmitted x) => Changed(details, x.Content, x.Salt, x.Commitment, x.ReceiptFormat, x.At),
        ({ } details, BidAmended x) => Changed(details, x.Content, x.Salt, x.Commitment, x.ReceiptFormat, x.At),
        ({ } details, BidWithdrawn x) => Withdrawn(details, x.At),
        ({ } details, ConsortiumNamed x) => Named(details, x),
        ({ } details, MembershipConfirmed x) => Answered(details, x.OrganisationId, MemberAnswer.Confirmed, null, x.At),
        ({ } details, MembershipDeclined x) => Answered(details, x.OrganisationId, MemberAnswer.Declined, x.Reason, x.At),
        _ => bid,
    };

    /// <summary>The same rule as the state's fold: a member named again on the same terms keeps its answer.</summary>
    private static BidDetails Named(BidDetails bid, ConsortiumNamed x)
    {
        bid.LeadRole = x.LeadRole;
        bid.LeadShare = x.LeadShare;
        bid.Members =
        [
            .. x.Members.Select(m => bid.Members.FirstOrDefault(b => m.SameTermsAs(b.OrganisationId, b.Role, b.Share)) is { } kept
                ? kept with { OrganisationName = m.OrganisationName }
                : new JointMemberView(m.OrganisationId, m.OrganisationName, m.Role, m.Share, MemberAnswer.Pending)),
        ];
        bid.MemberIds = [.. x.Members.Select(m => m.OrganisationId)];
        return bid;
    }

    private static BidDetails Answered(BidDetails bid, Guid organisationId, MemberAnswer answer, string? reason, DateTimeOffset at)
    {
        bid.Members = [.. bid.Members.Select(m => m.OrganisationId == organisationId ? m with { Answer = answer, DeclineReason = reason, AnsweredAt = at } : m)];
        return bid;
    }

    /// <summary>Submitted again or amended: the new content stands, and the bidder holds one more receipt.</summary>
    private static BidDetails Changed(BidDetails bid, BidContent content, string salt, string commitment, int format, DateTimeOffset at)
    {
        bid.ReceiptFormat = format;
        bid.Status = BidStatus.Submitted;
        bid.Content = content;
        bid.Salt = salt;
        bid.Commitment = commitment;
        bid.LastChangedAt = at;
        bid.Receipts.Add(commitment);
        return bid;
    }

    /// <summary>Withdrawn: the members are asked again if it is submitted again.</summary>
    private static BidDetails Withdrawn(BidDetails bid, DateTimeOffset at)
    {
        bid.Status = BidStatus.Withdrawn;
        bid.Members = [.. bid.Members.Select(m => m with { Answer = MemberAnswer.Pending, DeclineReason = null, AnsweredAt = null })];
        bid.LastChangedAt = at;
        return bid;
    }
}
