namespace TechMarket.Server.Modules.Settlement;

/// <summary>One redemption to reimburse: the voucher, its enterprise, the contract and milestone, the seller paid.</summary>
public sealed record RedemptionLine(
    Guid Id, Guid VoucherId, Guid HolderId, string HolderName, string District, Guid ContractId, string ContractTitle, int Milestone, Guid SellerId,
    string SellerName, decimal Amount, DateOnly RedeemedOn);
