namespace TechMarket.Server.Modules.Settlement;

/// <summary>One line of a broker's ledger; a reversal's amounts are negative.</summary>
public sealed record LedgerLine(
    Guid Id, LedgerEntryKind Kind, Guid ContractId, string ContractTitle, string RegistrationNumber, Guid PaymentId, decimal TechnologyAmount,
    decimal RatePercent, decimal Reward, DateOnly On, DateTimeOffset At);
