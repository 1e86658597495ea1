using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>A bureau officer assigned an expert to review every bid of a closed challenge (conflicts were checked).</summary>
public sealed record ExpertAssigned(Guid ChallengeId, Guid ExpertId, string ExpertName, Guid By, DateTimeOffset At);

public sealed record CriterionScore(string Criterion, int Score, [LongText] string? Comment = null);

/// <summary>An expert scored one bid on every criterion (0–10); a later submission revises the earlier one.</summary>
public sealed record BidScored(Guid ChallengeId, Guid BidId, Guid ExpertId, IReadOnlyList<CriterionScore> Scores, DateTimeOffset At);

public enum FeedbackReason
{
    /// <summary>技术方案可行性不足</summary>
    TechnicalApproachWeak,

    /// <summary>团队能力或经验不足</summary>
    TeamCapability,

    /// <summary>预算不合理</summary>
    BudgetUnrealistic,

    /// <summary>进度安排不合理</summary>
    ScheduleUnrealistic,

    /// <summary>与需求匹配度不足</summary>
    PoorFitToNeed,

    /// <summary>综合评分排名靠后</summary>
    RankedBelowWinners,
}

/// <summary>Structured feedback for a bid that will not win; required for every such bid before the award.</summary>
public sealed record FeedbackRecorded(Guid ChallengeId, Guid BidId, FeedbackReason Reason, string? Comment, Guid By, DateTimeOffset At);

public sealed record CriterionAverage(string Criterion, decimal Average);

/// <summary>A bid's place in the final ranking, with its per-criterion averages (reviewers anonymous).</summary>
public sealed record BidResult(Guid BidId, string Label, Guid OrganisationId, int Rank, decimal Score, bool Won, decimal Funding, IReadOnlyList<CriterionAverage> Averages);

/// <summary>揭榜: the bureau awarded the challenge to the top bid (single winner) or the top N (horse race).</summary>
public sealed record ChallengeAwarded(Guid ChallengeId, IReadOnlyList<BidResult> Results, Guid By, DateTimeOffset At);

public enum StageOutcome
{
    Continue,
    Eliminate,
}

public sealed record StageDecision(Guid BidId, StageOutcome Outcome, [LongText] string? Note = null);

/// <summary>赛马制 stage gate: the bureau reviewed stage N and continued or eliminated each team still in the race.</summary>
public sealed record StageGateReviewed(Guid ChallengeId, int Stage, IReadOnlyList<StageDecision> Decisions, Guid By, DateTimeOffset At);

/// <summary>市场判题: an enterprise that funds the challenge accepted the final results.</summary>
public sealed record ResultsAccepted(Guid ChallengeId, Guid EnterpriseId, Guid By, DateTimeOffset At);

public sealed record ChallengeCompleted(Guid ChallengeId, DateTimeOffset At);

public sealed record ChallengeFailed(Guid ChallengeId, string Reason, Guid By, DateTimeOffset At);
