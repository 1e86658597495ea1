namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术经纪人 credited on the contract; accrues a reward when payments settle.</summary>
public sealed record ContractBroker(Guid UserId, string Name);
