namespace TechMarket.Server.Modules.Settlement;

/// <summary>One redemption, as the bureau lists them to reimburse the sellers (兑付) and counts them.</summary>
public sealed class VoucherRedemption
{
    /// <summary>The payment's id.</summary>
    public Guid Id { get; set; }

    public Guid VoucherId { get; set; }

    public Guid HolderId { get; set; }

    public string HolderName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public Guid ContractId { get; set; }

    public string ContractTitle { get; set; } = string.Empty;

    public int Milestone { get; set; }

    public Guid SellerId { get; set; }

    public string SellerName { get; set; } = string.Empty;

    public decimal Amount { get; set; }

    public DateOnly RedeemedOn { get; set; }
}
