using Marten;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>The platform's own contract history, as conflict detection asks it; the contracts module answers (it is a
/// later module, so it depends on this one, never the reverse).</summary>
public interface IContractHistory
{
    /// <summary>Every organisation the given one has registered contracts with, and when each was registered.</summary>
    Task<IReadOnlyList<ContractPartner>> PartnersOfAsync(IQuerySession session, Guid organisationId, CancellationToken ct);
}

/// <summary>An organisation another one contracted with, and the days those contracts were registered (认定登记).</summary>
public sealed record ContractPartner(Guid OrganisationId, IReadOnlyList<DateOnly> RegisteredOn);
