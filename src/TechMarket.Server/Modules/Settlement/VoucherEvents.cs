namespace TechMarket.Server.Modules.Settlement;

/// <summary>Everything that happens to an innovation voucher (创新券 / 科创服务券).</summary>
public abstract record VoucherEvent(Guid VoucherId, DateTimeOffset At);

/// <summary>The bureau issued a voucher to an enterprise of its jurisdiction.</summary>
public sealed record VoucherIssued(
    Guid VoucherId, Guid HolderId, string HolderName, string District, decimal Amount, DateOnly ExpiresOn, IReadOnlyList<VoucherUse> Uses,
    IReadOnlyList<Guid> Providers, decimal MaxSharePercent, Guid By, DateTimeOffset At) : VoucherEvent(VoucherId, At);

/// <summary>兑付: part of a milestone was paid with the voucher; the bureau reimburses the seller.</summary>
public sealed record VoucherRedeemed(
    Guid VoucherId, Guid HolderId, string HolderName, string District, Guid ContractId, int Milestone, Guid PaymentId, decimal Amount, Guid SellerId, string SellerName, string ContractTitle,
    DateOnly RedeemedOn, Guid By, DateTimeOffset At) : VoucherEvent(VoucherId, At);
