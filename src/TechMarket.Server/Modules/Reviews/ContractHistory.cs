using Marten.Events.Projections;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// One registered contract and the organisations party to it, keyed by the contract's id: the platform's own contract
/// history, which conflict detection reads to keep an expert away from a recent business partner.
/// </summary>
public sealed class ContractHistory
{
    /// <summary>The contract's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Every party's organisation, buyers and sellers alike.</summary>
    public List<Guid> Organisations { get; set; } = [];

    public DateOnly RegisteredOn { get; set; }

    public bool Involves(Guid organisationA, Guid organisationB) =>
        organisationA != organisationB && Organisations.Contains(organisationA) && Organisations.Contains(organisationB);

    /// <summary>
    /// Whether the two organisations were parties to a contract registered in the last <paramref name="years"/> years,
    /// counting a registration exactly that many years before today as within.
    /// </summary>
    public static bool ContractedWithin(
        IEnumerable<ContractHistory> histories, Guid organisationA, Guid organisationB, DateOnly today, int years = 3)
    {
        var since = today.AddYears(-years);
        return histories.Any(h => h.Involves(organisationA, organisationB) && h.RegisteredOn >= since);
    }
}

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
