namespace TechMarket.Server.Modules.Contracts;

/// <summary>A contract the terms are tied to (a consulting or service contract that serves a development, transfer or
/// licence contract between the same parties), as far as decisions need it.</summary>
public sealed record TiedContract(Guid Id, ContractType Type, Guid BuyerOrganisationId, Guid SellerOrganisationId);
