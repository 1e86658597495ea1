namespace TechMarket.Server.Modules.Contracts;

/// <summary>A row of a contract list. <see cref="Flags"/>: as registered, or (waiting for registration) as they would be
/// if the declaration were registered as it stands.</summary>
public sealed record ContractListItem(
    Guid Id, string Title, ContractType Type, ContractStatus Status, decimal ContractAmount, decimal TechnologyAmount, string BuyerName,
    string SellerName, string SellerDistrict, string? RegistrationNumber, RegistrationFlags? Flags, DateTimeOffset UpdatedAt);
