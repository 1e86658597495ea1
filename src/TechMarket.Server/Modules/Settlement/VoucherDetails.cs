
namespace TechMarket.Server.Modules.Settlement;

/// <summary>A voucher as its enterprise and its bureau read it: terms, balance and every redemption.</summary>
public sealed class VoucherDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid HolderId { get; set; }

    public string HolderName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public decimal Amount { get; set; }

    public decimal Balance { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public List<VoucherUse> Uses { get; set; } = [];

    public List<Guid> Providers { get; set; } = [];

    public decimal MaxSharePercent { get; set; }

    public List<RedemptionView> Redemptions { get; set; } = [];

    public DateTimeOffset IssuedAt { get; set; }
}
