namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the buyer's district bureau and the credited broker see of a registered contract: its terms and
/// progress, never its payments, files or bank references.</summary>
public sealed record ContractSummary(
    Guid Id, ContractStatus Status, ContractOrigin Origin, string Title, ContractType Type, string Field, decimal ContractAmount,
    decimal TechnologyAmount, IReadOnlyList<ContractParty> Parties, ContractBroker? Broker, RegistrationView? Registration,
    IReadOnlyList<MilestoneSummary> Milestones, decimal Settled, DateTimeOffset UpdatedAt);
