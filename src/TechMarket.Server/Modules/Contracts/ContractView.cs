namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the parties and the registering bureau see: everything, payments and files included.</summary>
public sealed record ContractView(
    Guid Id, long Version, ContractStatus Status, ContractSource Source, IReadOnlyList<ContractParty> Parties, ContractTerms Terms,
    IReadOnlyList<Signature> Signatures, IReadOnlyList<MilestoneView> Milestones, RegistrationView? Registration, string? RefusalReason,
    IReadOnlyList<PaymentView> Payments, decimal Settled, decimal TechnologySettled, string? TerminationReason, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
