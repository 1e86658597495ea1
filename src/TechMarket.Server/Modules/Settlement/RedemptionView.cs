
namespace TechMarket.Server.Modules.Settlement;

public sealed record RedemptionView(Guid PaymentId, Guid ContractId, string ContractTitle, int Milestone, decimal Amount, string SellerName, DateOnly RedeemedOn);
