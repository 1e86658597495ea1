using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Contracts;

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
