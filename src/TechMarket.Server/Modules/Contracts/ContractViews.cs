using Riok.Mapperly.Abstractions;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the parties and the registering bureau see: everything, payments and files included.</summary>
public sealed record ContractView(
    Guid Id, long Version, ContractStatus Status, ContractSource Source, IReadOnlyList<ContractParty> Parties, ContractTerms Terms,
    IReadOnlyList<Signature> Signatures, IReadOnlyList<MilestoneView> Milestones, RegistrationView? Registration, string? RefusalReason,
    IReadOnlyList<PaymentView> Payments, decimal Settled, decimal TechnologySettled, string? TerminationReason, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record MilestoneSummary(int Number, string Deliverable, decimal Amount, DateOnly DueOn, MilestoneStatus Status);

/// <summary>What the buyer's district bureau and the credited broker see of a registered contract: its terms and
/// progress, never its payments, files or bank references.</summary>
public sealed record ContractSummary(
    Guid Id, ContractStatus Status, ContractOrigin Origin, string Title, ContractType Type, string Field, decimal ContractAmount,
    decimal TechnologyAmount, IReadOnlyList<ContractParty> Parties, ContractBroker? Broker, RegistrationView? Registration,
    IReadOnlyList<MilestoneSummary> Milestones, decimal Settled, DateTimeOffset UpdatedAt);

/// <summary>A row of a contract list. <see cref="Flags"/>: as registered, or (waiting for registration) as they would be
/// if the declaration were registered as it stands.</summary>
public sealed record ContractListItem(
    Guid Id, string Title, ContractType Type, ContractStatus Status, decimal ContractAmount, decimal TechnologyAmount, string BuyerName,
    string SellerName, string SellerDistrict, string? RegistrationNumber, RegistrationFlags? Flags, DateTimeOffset UpdatedAt);

public static class ContractVisibility
{
    /// <summary>Parties, and the bureau that registers (the seller's) once every party has signed: they act on it.</summary>
    public static bool ActsOn(ContractDetails contract, Actor actor) =>
        (ContractRules.IsOrganisationUser(actor) && contract.IsParty(actor.OrganisationId))
        || (contract.SignedAt is not null && actor.Covers(contract.SellerDistrict));

    /// <summary>The buyer's district bureau (it counts the contract as absorbed) and the broker it credits, once registered.</summary>
    public static bool Follows(ContractDetails contract, Actor actor) =>
        contract.Registration is not null
        && (actor.Covers(contract.BuyerDistrict) || (actor.IsIn(Roles.Broker) && contract.BrokerId == actor.UserId));

    public static ContractSummary ToSummary(ContractDetails c) => new(
        c.Id, c.Status, c.Source.Origin, c.Terms.Title, c.Registration?.Type ?? c.Terms.Type, c.Terms.Field, c.Registration?.ContractAmount ?? c.Terms.ContractAmount,
        c.Registration?.TechnologyAmount ?? c.Terms.TechnologyAmount, c.Parties, c.Terms.Broker, c.Registration,
        [.. c.Milestones.Select(m => new MilestoneSummary(m.Number, m.Deliverable, m.Amount, m.DueOn, m.Status))], c.Settled, c.UpdatedAt);

    public static ContractListItem ToListItem(ContractDetails c, RegistrationFlags? expected = null) => new(
        c.Id, c.Terms.Title, c.Registration?.Type ?? c.Terms.Type, c.Status, c.Registration?.ContractAmount ?? c.Terms.ContractAmount,
        c.Registration?.TechnologyAmount ?? c.Terms.TechnologyAmount, c.Parties.First(p => p.Side == PartySide.Buyer && p.Lead).Name,
        c.Parties.First(p => p.Side == PartySide.Seller && p.Lead).Name, c.SellerDistrict, c.Registration?.Number, c.Registration?.Flags ?? expected, c.UpdatedAt);
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ContractMapper
{
    public static partial ContractView ToView(this ContractDetails details);
}
