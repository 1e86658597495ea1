using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>Everything about one need, kept inline with its events; the queries below cut it per reader.</summary>
public sealed class NeedDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    /// <summary>The collection round it was submitted into; null when submitted outside one (standing collection).</summary>
    public Guid? RoundId { get; set; }

    /// <summary>The posting organisation's kind at submission (enterprise, university, institute, hospital).</summary>
    public OrganisationKind? PosterKind { get; set; }

    public NeedStatus Status { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public decimal BudgetMin { get; set; }

    public decimal BudgetMax { get; set; }

    public DateOnly DesiredDelivery { get; set; }

    public string PublicSummary { get; set; } = string.Empty;

    public string? ConfidentialDetails { get; set; }

    /// <summary>技术指标: the measurable targets, as the enterprise or the bureau's refinement wrote them.</summary>
    public string? Indicators { get; set; }

    /// <summary>凝练: every part the bureau rewrote, before and after — the enterprise reads what was changed.</summary>
    public List<NeedRefinementRecord> Refinements { get; set; } = [];

    /// <summary>The enterprise's open request to release the need from a published challenge (the bureau decides).</summary>
    public NeedWithdrawalAsk? WithdrawalRequest { get; set; }

    /// <summary>The enterprise's own wording, kept when the bureau refined title or field.</summary>
    public string? OriginalTitle { get; set; }

    public string? OriginalField { get; set; }

    public string? RejectionReason { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Challenges built on this need (shown to the enterprise and the bureau; drafts are not public).</summary>
    public List<NeedChallenge> Challenges { get; set; } = [];
}

public sealed record NeedChallenge(Guid ChallengeId, string Title, DateTimeOffset At);

public sealed record NeedRefinementRecord(string Part, string? Before, string? After, DateTimeOffset At);

public sealed record NeedWithdrawalAsk(string Reason, DateTimeOffset At);
