namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// 认定登记: the bureau registered a technology contract between two organisations. The contracts issue
/// produces it; the review module already reads it to find experts whose organisation contracted with a bidder.
/// </summary>
public sealed record ContractRegistered(
    Guid ContractId, Guid BuyerOrganisationId, Guid SellerOrganisationId, string RegistrationNumber, DateOnly RegisteredOn, Guid By, DateTimeOffset At);
