using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    public static ContractRegistered ContractRegistered(Guid buyer, Guid seller, DateOnly registeredOn) =>
        new(Guid.CreateVersion7(), buyer, seller, $"3302{registeredOn:yyyyMMdd}0001", registeredOn, Guid.CreateVersion7(), Now);

    /// <summary>The contract history read models, projected from the registrations as Marten would (one per pair).</summary>
    public static IReadOnlyCollection<ContractHistory> ContractHistories(params ContractRegistered[] registrations)
    {
        var histories = new Dictionary<Guid, ContractHistory>();
        foreach (var e in registrations)
        {
            var id = ContractHistory.PairId(e.BuyerOrganisationId, e.SellerOrganisationId);
            if (!histories.TryGetValue(id, out var history))
            {
                histories[id] = history = new ContractHistory();
            }

            ContractHistoryProjection.Apply(e, history);
        }

        return histories.Values;
    }

    /// <summary>The partners of one organisation in those histories, as the contracts module answers conflict detection.</summary>
    public static IReadOnlyList<ContractPartner> PartnersOf(Guid organisationId, IEnumerable<ContractHistory> histories) =>
        [.. histories.Where(h => h.FirstOrganisationId == organisationId || h.SecondOrganisationId == organisationId).Select(h => h.PartnerOf(organisationId))];
}
