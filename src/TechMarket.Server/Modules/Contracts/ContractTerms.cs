namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the parties agree and may revise while the contract is a draft.</summary>
public sealed record ContractTerms(
    string Title,
    ContractType Type,
    string Field,
    decimal ContractAmount,
    decimal TechnologyAmount,
    IReadOnlyList<MilestoneTerms> Milestones,
    ContractBroker? Broker,
    IReadOnlyList<ForeignParty> ForeignParties,
    bool RelatedParties,
    Guid? TiedToContractId);
