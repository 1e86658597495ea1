using JasperFx.Core;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>The one fold of <see cref="VoucherDetails"/>, registered inline through <c>StreamFold</c>.</summary>
public static class VoucherDetailsProjection
{
    [JasperFxIgnore]
    public static VoucherDetails? Evolve(VoucherDetails? snapshot, VoucherEvent e) => (snapshot, e) switch
    {
        (null, VoucherIssued i) => new VoucherDetails
        {
            Id = i.VoucherId, HolderId = i.HolderId, HolderName = i.HolderName, District = i.District, Amount = i.Amount, Balance = i.Amount,
            ExpiresOn = i.ExpiresOn, Uses = [.. i.Uses], Providers = [.. i.Providers], MaxSharePercent = i.MaxSharePercent, IssuedAt = i.At,
        },
        ({ } v, VoucherRedeemed r) => Redeemed(v, r),
        _ => snapshot,
    };

    private static VoucherDetails Redeemed(VoucherDetails voucher, VoucherRedeemed r)
    {
        voucher.Balance -= r.Amount;
        voucher.Redemptions.Add(new RedemptionView(r.PaymentId, r.ContractId, r.ContractTitle, r.Milestone, r.Amount, r.SellerName, r.RedeemedOn));
        return voucher;
    }
}
