namespace TechMarket.Server.Modules.Challenges;

/// <summary>Why a bid did not win, told to its bidder.</summary>
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
