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
