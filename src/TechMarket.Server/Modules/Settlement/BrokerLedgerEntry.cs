namespace TechMarket.Server.Modules.Settlement;

/// <summary>One line of a broker's ledger (技术经纪人奖励台账); a reversal's reward is negative.</summary>
public sealed class BrokerLedgerEntry
{
    /// <summary>The id of the event it records, so a line is written once however often it is projected.</summary>
    public Guid Id { get; set; }

    public Guid BrokerId { get; set; }

    public string BrokerName { get; set; } = string.Empty;

    public LedgerEntryKind Kind { get; set; }

    public Guid ContractId { get; set; }

    public string ContractTitle { get; set; } = string.Empty;

    public string RegistrationNumber { get; set; } = string.Empty;

    public string SellerDistrict { get; set; } = string.Empty;

    public Guid PaymentId { get; set; }

    public decimal TechnologyAmount { get; set; }

    public decimal RatePercent { get; set; }

    public decimal Reward { get; set; }

    public DateOnly On { get; set; }

    /// <summary>When it was recorded, to order the lines of one day.</summary>
    public DateTimeOffset At { get; set; }
}
