namespace TechMarket.Server.Modules.Challenges;

/// <summary>One enterprise's share of the bounty, from one of its needs.</summary>
public sealed record FundingShare(Guid NeedId, Guid EnterpriseId, string EnterpriseName, decimal Amount);
