using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>A bid with who made it: for the bidder always, for the bureau after close. Salt and receipts let
/// the bidder (and, after close, anyone shown the bid) recompute the commitment.</summary>
public sealed record BidView(
    Guid Id, long Version, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidStatus Status, string? Label,
    BidContent Content, string Salt, string Commitment, IReadOnlyList<string> Receipts, DateTimeOffset FirstSubmittedAt, DateTimeOffset LastChangedAt,
    JointView? Joint = null, BidExclusion? Exclusion = null, int ReceiptFormat = BidCommitment.LegacyFormat);

/// <summary>联合答题, as its lead and its members read it: who leads on what terms, each member's terms and answer.</summary>
public sealed record JointView(string LeadName, string LeadRole, decimal LeadShare, IReadOnlyList<JointMemberView> Members);

/// <summary>Why a standing bid took no part at the close.</summary>
public enum BidExclusion
{
    /// <summary>A joint bid a member of which had not confirmed by the deadline.</summary>
    UnconfirmedMembers,
}

/// <summary>
/// What a reviewing expert sees: the bid under its label and nothing that identifies it — no bid id, no attachment id,
/// no file name. Attachments are numbered and named neutrally (附件1.pdf) and downloaded by challenge, label and number.
/// </summary>
public sealed record BlindBidView(string Label, string Commitment, BlindContent Content);

public sealed record BlindContent(string TechnicalApproach, string Team, decimal Budget, string Schedule, IReadOnlyList<BlindAttachment> Attachments);

/// <summary>An attachment in the blind view; its SHA-256 is the one in the commitment.</summary>
public sealed record BlindAttachment(int Number, string Name, string ContentType, long Size, string Sha256, string Download);

/// <summary>The bidder's own result after the award: rank, score, per-criterion averages and the feedback.</summary>
public sealed record OwnResult(int Rank, decimal Score, bool Won, decimal Funding, IReadOnlyList<CriterionAverage> Averages, FeedbackReason? Reason, string? Comment);

/// <summary>A bid of the reader's organisation: one it leads (<see cref="Lead"/>) or a joint bid that names it as a
/// member, whose result and feedback reach it as they reach the lead.</summary>
public sealed record MyBid(
    Guid Id, Guid ChallengeId, string ChallengeTitle, ChallengeStatus ChallengeStatus, BidStatus Status, string Commitment,
    DateTimeOffset LastChangedAt, DateTimeOffset ClosesAt, OwnResult? Result, bool Lead = true, JointView? Joint = null, BidExclusion? Exclusion = null);
