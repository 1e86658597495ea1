using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace TechMarket.Server.Modules.Settlement;

public sealed record RedemptionView(Guid PaymentId, Guid ContractId, string ContractTitle, int Milestone, decimal Amount, string SellerName, DateOnly RedeemedOn);

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

public sealed class VoucherDetailsProjection : SingleStreamProjection<VoucherDetails, Guid>
{
    public override VoucherDetails? Evolve(VoucherDetails? snapshot, Guid id, IEvent e) => (snapshot, e.Data) switch
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
