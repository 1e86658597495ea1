namespace TechMarket.Server.Modules.Contracts;

/// <summary>What a funder or a winner needs to draft an award's contracts.</summary>
public sealed record AwardContracts(Guid ChallengeId, string Title, string Field, bool Contractable, IReadOnlyList<AwardedContract> Teams);
