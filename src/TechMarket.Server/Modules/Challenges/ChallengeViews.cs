namespace TechMarket.Server.Modules.Challenges;

/// <summary>The public board at a glance: the challenges open for bids, and the bounty they offer together.</summary>
public sealed record BoardSummary(int Open, decimal BountyOnOffer);

/// <summary>A challenge on the public board: never who bid, only how many.</summary>
public sealed record ChallengeCard(
    Guid Id, string Title, string PublicSummary, string Field, string District, ChallengeStatus Status, ChallengeMode Mode, int WinnerCount,
    decimal Bounty, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, long SecondsLeft, int BidCount);

/// <summary>A published commitment as everyone sees it: the blind label and the hash, nothing that points at a bid
/// or a bidder (no bid id; not even when the bid last changed, which could be matched with other timestamps).</summary>
public sealed record CommitmentView(string Label, string Commitment);

/// <summary>A winner; a joint bid's winner lists every organisation in it with its share (<see cref="Members"/>).</summary>
public sealed record WinnerView(
    string Label, Guid OrganisationId, string OrganisationName, int Rank, decimal Score, decimal Funding, IReadOnlyList<AwardedMember>? Members = null);

/// <summary>A challenge's page. ConfidentialDetails is null until the reader's organisation has accepted the NDA;
/// Version (the stream's) only for those who write the challenge: its bureau and its funding enterprises. Unawarded is
/// the part of the bounty the winners did not ask for (null before the award). During publicity (公示) Winners are the
/// proposed ones, public until PublicityEndsAt.</summary>
public sealed record ChallengeView(
    Guid Id, long? Version, string District, ChallengeStatus Status, ChallengeTerms Terms, string? ConfidentialDetails,
    bool DetailsUnlocked, IReadOnlyList<FundingView> Funding, decimal Bounty, int BidCount, long SecondsLeft,
    IReadOnlyList<CommitmentView> Commitments, IReadOnlyList<WinnerView> Winners, decimal? Unawarded, DateTimeOffset? PublicityEndsAt,
    string? CancellationReason, string? FailureReason, string? UnfilledReason, IReadOnlyList<Republication> Republications,
    DateTimeOffset? PublishedAt, DateTimeOffset? ClosedAt, DateTimeOffset? AwardedAt);
