using Marten.Events.Projections;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The contract history's fold: one multi-stream projection over every contract's registration.</summary>
public sealed class ContractHistoryProjection : MultiStreamProjection<ContractHistory, Guid>
{
    public ContractHistoryProjection() => Identity<ContractRegistered>(e => e.ContractId);

    public static void Apply(ContractRegistered e, ContractHistory history)
    {
        history.Id = e.ContractId;
        history.Organisations = [.. e.Parties.Select(p => p.OrganisationId).Append(e.BuyerOrganisationId).Append(e.SellerOrganisationId).Distinct()];
        history.RegisteredOn = e.RegisteredOn;
    }
}
