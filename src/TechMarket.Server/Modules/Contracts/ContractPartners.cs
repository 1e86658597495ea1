using Marten;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>Answers conflict detection from the contract history projected here.</summary>
internal sealed class ContractPartners : IContractHistory
{
    public async Task<IReadOnlyList<ContractPartner>> PartnersOfAsync(IQuerySession session, Guid organisationId, CancellationToken ct) =>
        ContractHistory.PartnersOf(
            organisationId, await session.Query<ContractHistory>().Where(h => h.Organisations.Contains(organisationId)).ToListAsync(ct));
}
