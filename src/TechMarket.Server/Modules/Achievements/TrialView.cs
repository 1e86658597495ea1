namespace TechMarket.Server.Modules.Achievements;

/// <summary>A trial as its enterprise, its university and their bureaus read it.</summary>
public sealed record TrialView(
    Guid Id, Guid AchievementId, string AchievementTitle, DealParty Seller, DealParty Buyer, TrialTerms Terms, DateOnly StartsOn, DateOnly EndsOn,
    TrialStatus Status, string? DeclineReason, Guid? ContractId, DateTimeOffset UpdatedAt);
