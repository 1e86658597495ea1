namespace TechMarket.Server.Modules.Contracts;

public sealed record RegistrationView(
    string Number, string Registry, DateOnly RegisteredOn, ContractType Type, decimal ContractAmount, decimal TechnologyAmount, RegistrationFlags Flags,
    IReadOnlyList<RegistrationCorrection> Corrections, Guid By);
