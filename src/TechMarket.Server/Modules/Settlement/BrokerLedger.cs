namespace TechMarket.Server.Modules.Settlement;

/// <summary>A broker's ledger: every accrual and reversal, and the reward they add up to.</summary>
public sealed record BrokerLedger(Guid BrokerId, IReadOnlyList<LedgerLine> Entries, decimal Total);
