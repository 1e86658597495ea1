namespace TechMarket.Server.Modules.Contracts;

/// <summary>What statistics cut a transaction by, copied into each fact so that a fact never needs its contract.</summary>
public sealed record TransactionFacts(
    ContractType Type,
    string Field,
    Guid BuyerOrganisationId,
    string BuyerDistrict,
    Guid SellerOrganisationId,
    string SellerDistrict,
    ContractOrigin Origin,
    Guid? OriginId,
    Guid? BrokerId,
    string RegistrationNumber,
    string Registry);
