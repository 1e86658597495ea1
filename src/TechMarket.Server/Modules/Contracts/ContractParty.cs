namespace TechMarket.Server.Modules.Contracts;

/// <summary>An organisation on the platform that is party to the contract. Each side has one lead; the shares of a
/// side (percent, two decimals) sum to 100.</summary>
public sealed record ContractParty(Guid OrganisationId, string Name, string District, PartySide Side, bool Lead, decimal SharePercent);
