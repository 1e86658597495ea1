using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>One payment stage: what is delivered, what it costs, when it is due. A contract's milestones sum to
/// its contract amount.</summary>
public sealed record MilestoneTerms([LongText] string Deliverable, decimal Amount, DateOnly DueOn);
