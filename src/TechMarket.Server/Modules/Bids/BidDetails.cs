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

    /// <summary>The format of <see cref="Commitment"/> (<see cref="BidCommitment"/>): which fields a verifier hashes.</summary>
    public int ReceiptFormat { get; set; } = BidCommitment.LegacyFormat;

    public DateTimeOffset FirstSubmittedAt { get; set; }

    public DateTimeOffset LastChangedAt { get; set; }

    /// <summary>Every receipt the bidder was given, newest last.</summary>
    public List<string> Receipts { get; set; } = [];

    /// <summary>联合答题: the lead's role and share; empty for a solo bid.</summary>
    public string LeadRole { get; set; } = string.Empty;

    public decimal LeadShare { get; set; }

    /// <summary>The members of a joint bid with their answers (none for a solo bid).</summary>
    public List<JointMemberView> Members { get; set; } = [];

    /// <summary>The members' organisation ids, for finding the bids an organisation is named in.</summary>
    public List<Guid> MemberIds { get; set; } = [];
}

/// <summary>A member of a joint bid as the lead and the members read it: its terms and its answer (with the reason of a
/// decline).</summary>
public sealed record JointMemberView(
    Guid OrganisationId, string OrganisationName, string Role, decimal Share, MemberAnswer Answer, string? DeclineReason = null, DateTimeOffset? AnsweredAt = null);
