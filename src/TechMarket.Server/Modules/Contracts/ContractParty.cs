namespace TechMarket.Server.Modules.Contracts;

/// <summary>An organisation on the platform that is party to the contract. Each side has one lead; the shares of a
/// side (percent, two decimals) sum to 100. A contract from a joint bid's award (联合答题) also gives each seller its
/// share in yuan (<see cref="ShareAmount"/>, as the award split the funding): those sum to the contract amount.</summary>
public sealed record ContractParty(
    Guid OrganisationId, string Name, string District, PartySide Side, bool Lead, decimal SharePercent, decimal? ShareAmount = null);
