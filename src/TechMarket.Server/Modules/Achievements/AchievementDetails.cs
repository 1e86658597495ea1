namespace TechMarket.Server.Modules.Achievements;

/// <summary>An achievement as the hall shows it, with its price history.</summary>
public sealed class AchievementDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public int Trl { get; set; }

    public List<string> Patents { get; set; } = [];

    public List<TransferMode> TransferModes { get; set; } = [];

    public decimal? AskingPrice { get; set; }

    public List<PriceChange> PriceHistory { get; set; } = [];

    public TrialTerms? Trial { get; set; }

    public bool Withdrawn { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
