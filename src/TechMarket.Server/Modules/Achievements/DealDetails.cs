namespace TechMarket.Server.Modules.Achievements;

/// <summary>A deal as its two sides read it.</summary>
public sealed class DealDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid AchievementId { get; set; }

    public string AchievementTitle { get; set; } = string.Empty;

    public DealParty Seller { get; set; } = null!;

    public DealParty Buyer { get; set; } = null!;

    public string Message { get; set; } = string.Empty;

    public DealStatus Status { get; set; }

    public List<Proposal> Proposals { get; set; } = [];

    public Guid? ContractId { get; set; }

    public string? ClosingReason { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
