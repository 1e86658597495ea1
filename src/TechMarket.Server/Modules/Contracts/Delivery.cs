namespace TechMarket.Server.Modules.Contracts;

public sealed record Delivery(string Note, IReadOnlyList<ContractFileRef> Evidence, DateTimeOffset At);
