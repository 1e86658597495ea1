using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges;

public enum StageOutcome
{
    Continue,
    Eliminate,
}

/// <summary>The bureau's call on one team at a stage gate (赛马制).</summary>
public sealed record StageDecision(Guid BidId, StageOutcome Outcome, [LongText] string? Note = null);
