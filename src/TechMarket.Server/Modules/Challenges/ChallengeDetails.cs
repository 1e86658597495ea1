namespace TechMarket.Server.Modules.Challenges;

public sealed record FundingView(Guid NeedId, Guid EnterpriseId, string EnterpriseName, decimal Amount, bool Confirmed);

/// <summary>重新发榜: bidding reopened until a later deadline, with the bureau's reason.</summary>
public sealed record Republication(DateTimeOffset PreviousClosesAt, DateTimeOffset ClosesAt, string Reason, DateTimeOffset At);

/// <summary>An objection to a proposed award and, once given, the bureau's answer.</summary>
public sealed record Objection(
    Guid Id, Guid OrganisationId, string Reason, DateTimeOffset LodgedAt, bool? Upheld = null, string? Answer = null, DateTimeOffset? AnsweredAt = null);

/// <summary>成果交付: what a winning team delivered in a round of judgement.</summary>
public sealed record Delivery(
    Guid Id, int Round, Guid BidId, string Label, Guid OrganisationId, string Report, IReadOnlyList<DeliveredFile> Files, DateTimeOffset At);

/// <summary>市场判题: one funder's verdict in a round — accepted (in a horse race with the adopted team and a verdict on
/// each team; 车间验题 with its site) or rejected with a reason.</summary>
public sealed record Verdict(
    int Round, Guid EnterpriseId, bool Accepted, string? Reason, string? AdoptedLabel, IReadOnlyList<TeamVerdict> Teams, SiteValidation? Site,
    DateTimeOffset At);

/// <summary>After a rejection, the bureau let the winners deliver again by a new date.</summary>
public sealed record Resumption(DateTimeOffset DeliverBy, string Reason, DateTimeOffset At);

/// <summary>A re-allocation at the gate of one stage.</summary>
public sealed record GateReallocation(int Stage, string Reason, IReadOnlyList<ReallocatedShare> Shares, DateTimeOffset At);

public sealed record Disclosure(Guid OrganisationId, string OrganisationName, Guid UserId, string UserName, DateTimeOffset At);

/// <summary>Everything about one challenge, kept inline with its events (<see cref="ChallengeDetailsProjection"/>); the
/// queries cut it per reader — the page, the board, the bureau's ranking, an expert's reviews, the stages.</summary>
public sealed class ChallengeDetails
{
    /// <summary>The shape of this document; a stored one of an older shape is rebuilt from its stream at start-up.</summary>
    public const int CurrentShape = 3;

    public int Shape { get; set; } = CurrentShape;

    public Guid Id { get; set; }

    public long Version { get; set; }

    public string District { get; set; } = string.Empty;

    public ChallengeStatus Status { get; set; }

    public ChallengeTerms Terms { get; set; } = null!;

    public List<FundingView> Funding { get; set; } = [];

    public decimal Bounty { get; set; }

    public List<Disclosure> Disclosures { get; set; } = [];

    public List<PublishedCommitment> Commitments { get; set; } = [];

    public List<Guid> Experts { get; set; } = [];

    /// <summary>Every expert's latest scores per bid: the bureau's ranking and each expert's own sheet.</summary>
    public List<ExpertScores> Scores { get; set; } = [];

    /// <summary>The review panel's log (bureau only): draws, declines, recusals, and the alternates still left.</summary>
    public List<ExpertsDrawn> Draws { get; set; } = [];

    public List<ExpertDeclined> Declines { get; set; } = [];

    public List<ExpertRecused> Recusals { get; set; } = [];

    public List<PoolExpert> Alternates { get; set; } = [];

    public List<BidResult> Results { get; set; } = [];

    /// <summary>Feedback for bids that will not win, by bid; each bidder reads its own.</summary>
    public Dictionary<Guid, FeedbackRecorded> Feedback { get; set; } = [];

    public int StagesReviewed { get; set; }

    public List<Guid> Eliminated { get; set; } = [];

    /// <summary>How many stage gates each winning team passed (continued through): its funding released so far.</summary>
    public Dictionary<Guid, int> GatesPassed { get; set; } = [];

    /// <summary>Money re-allocated at stage gates from eliminated to continued teams, with the bureau's reasons.</summary>
    public List<GateReallocation> Reallocations { get; set; } = [];

    /// <summary>公示: until when the proposed award is public and open to objections.</summary>
    public DateTimeOffset? PublicityEndsAt { get; set; }

    public List<Objection> Objections { get; set; } = [];

    /// <summary>市场判题 rounds: 1 from the award, one more each time the bureau resumes after a rejection.</summary>
    public int JudgementRound { get; set; } = 1;

    /// <summary>The delivery date the bureau set when it last resumed after a rejection.</summary>
    public DateTimeOffset? DeliverBy { get; set; }

    public List<Delivery> Deliveries { get; set; } = [];

    public List<Verdict> Verdicts { get; set; } = [];

    public List<Resumption> Resumptions { get; set; } = [];

    public string? CancellationReason { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>流榜: why the challenge closed without a winner.</summary>
    public string? UnfilledReason { get; set; }

    /// <summary>Each time the bureau opened bidding again after no bid reached the pass mark.</summary>
    public List<Republication> Republications { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? AwardedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Funding enterprises, for the query that lists an enterprise's challenges.</summary>
    public List<Guid> FunderIds { get; set; } = [];
}
