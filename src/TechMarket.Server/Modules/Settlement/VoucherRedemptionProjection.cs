using Marten;
using Marten.Events.Projections;

namespace TechMarket.Server.Modules.Settlement;

public sealed partial class VoucherRedemptionProjection : EventProjection
{
    public void Project(VoucherRedeemed e, IDocumentOperations operations) => operations.Store(new VoucherRedemption
    {
        Id = e.PaymentId, VoucherId = e.VoucherId, HolderId = e.HolderId, HolderName = e.HolderName, District = e.District, ContractId = e.ContractId,
        ContractTitle = e.ContractTitle, Milestone = e.Milestone, SellerId = e.SellerId, SellerName = e.SellerName, Amount = e.Amount, RedeemedOn = e.RedeemedOn,
    });
}
