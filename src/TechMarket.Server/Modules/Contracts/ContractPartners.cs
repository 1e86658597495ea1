using Marten;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>Answers conflict detection from the contract history projected here.</summary>
internal sealed class ContractPartners : IContractHistory
{
    public async Task<IReadOnlyList<ContractPartner>> PartnersOfAsync(IQuerySession session, Guid organisationId, CancellationToken ct) =>
    [
        .. (await session.Query<ContractHistory>()
                .Where(h => h.FirstOrganisationId == organisationId || h.SecondOrganisationId == organisationId)
                .ToListAsync(ct))
            .Select(h => h.PartnerOf(organisationId)),
    ];
}
