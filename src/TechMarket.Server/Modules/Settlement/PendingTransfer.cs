using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>A bank transfer waiting for the bureau: the contract, the payment and its receipt.</summary>
public sealed record PendingTransfer(
    Guid ContractId, string ContractTitle, string RegistrationNumber, string BuyerName, string SellerName, Guid PaymentId, int Milestone, decimal Amount,
    BankTransfer Transfer, DateTimeOffset ReportedAt);
