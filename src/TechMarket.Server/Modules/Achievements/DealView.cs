namespace TechMarket.Server.Modules.Achievements;

/// <summary>A deal as its two sides read it: the achievement, both sides, every proposal, and the contract once agreed.</summary>
public sealed record DealView(
    Guid Id, long Version, Guid AchievementId, string AchievementTitle, DealParty Seller, DealParty Buyer, string Message, DealStatus Status,
    IReadOnlyList<Proposal> Proposals, Guid? ContractId, string? ClosingReason, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);
