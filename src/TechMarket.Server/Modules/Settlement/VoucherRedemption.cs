using Marten;
using Marten.Events.Projections;

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

public sealed partial class VoucherRedemptionProjection : EventProjection
{
    public void Project(VoucherRedeemed e, IDocumentOperations operations) => operations.Store(new VoucherRedemption
    {
        Id = e.PaymentId, VoucherId = e.VoucherId, HolderId = e.HolderId, HolderName = e.HolderName, District = e.District, ContractId = e.ContractId,
        ContractTitle = e.ContractTitle, Milestone = e.Milestone, SellerId = e.SellerId, SellerName = e.SellerName, Amount = e.Amount, RedeemedOn = e.RedeemedOn,
    });
}
