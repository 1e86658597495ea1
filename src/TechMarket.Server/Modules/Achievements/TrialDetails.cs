namespace TechMarket.Server.Modules.Achievements;

/// <summary>A trial as its enterprise, its university and their bureaus read it; the converter finds due trials here.</summary>
public sealed class TrialDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid AchievementId { get; set; }

    public string AchievementTitle { get; set; } = string.Empty;

    public DealParty Seller { get; set; } = null!;

    public DealParty Buyer { get; set; } = null!;

    public TrialTerms Terms { get; set; } = null!;

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public TrialStatus Status { get; set; }

    public string? DeclineReason { get; set; }

    public Guid? ContractId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
