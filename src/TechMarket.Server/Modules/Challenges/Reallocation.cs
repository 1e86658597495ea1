namespace TechMarket.Server.Modules.Challenges;

/// <summary>赛马制: at a gate the bureau chose to give the money the teams it eliminated had not yet been released to the
/// teams it continued, with a reason, instead of returning it to the funders. Each share is one team's part.</summary>
public sealed record Reallocation(string Reason, IReadOnlyList<ReallocatedShare> Shares);

/// <summary>What one team gave (a negative amount, eliminated) or received (continued) at the gate.</summary>
public sealed record ReallocatedShare(Guid BidId, decimal Amount);
