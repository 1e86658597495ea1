namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the bureau registered: the number in its registry, the confirmed type and technology amount, the flags.</summary>
public sealed record Registration(string Number, string Registry, DateOnly RegisteredOn, ContractType Type, decimal TechnologyAmount, RegistrationFlags Flags);
