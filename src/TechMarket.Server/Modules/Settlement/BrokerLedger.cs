namespace TechMarket.Server.Modules.Settlement;

/// <summary>A page of a broker's ledger, newest first, with the whole ledger's figures: how many lines it holds
/// (<see cref="Count"/>, what the pages add up to) and the reward they sum to (<see cref="Total"/>), both from one
/// aggregate over every line, never from the page.</summary>
public sealed record BrokerLedger(Guid BrokerId, IReadOnlyList<LedgerLine> Entries, long Count, decimal Total, int Page, int PageSize);
