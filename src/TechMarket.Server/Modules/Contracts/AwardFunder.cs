namespace TechMarket.Server.Modules.Contracts;

/// <summary>The enterprises that fund the challenge, with what each puts in.</summary>
public sealed record AwardFunder(Guid EnterpriseId, decimal Amount);
