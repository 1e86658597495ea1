using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    /// <summary>A registration of a contract between a buyer and a seller (and any further parties on either side).</summary>
    public static ContractRegistered ContractRegistered(Guid buyer, Guid seller, DateOnly registeredOn, params Guid[] members)
    {
        var contractId = Guid.CreateVersion7();
        IReadOnlyList<ContractParty> parties =
        [
            new(buyer, "买方", District, PartySide.Buyer, true, 100m),
            new(seller, "卖方", OtherDistrict, PartySide.Seller, true, 100m - (10m * members.Length)),
            .. members.Select(m => new ContractParty(m, "成员", OtherDistrict, PartySide.Seller, false, 10m)),
        ];
        return new ContractRegistered(
            contractId, buyer, seller, $"3302{registeredOn:yyyyMMdd}0001", registeredOn, Guid.CreateVersion7(), Now, OtherDistrict, District, OtherDistrict,
            parties, ContractType.Development, 1_000_000m, 800_000m, "0401", ContractOrigin.Direct, null, null,
            new RegistrationFlags(false, false, true, false), []);
    }

    /// <summary>The contract history read models, projected from the registrations as Marten would (one per contract).</summary>
    public static IReadOnlyCollection<ContractHistory> ContractHistories(params ContractRegistered[] registrations) =>
        [.. registrations.Select(e =>
        {
            var history = new ContractHistory();
            ContractHistoryProjection.Apply(e, history);
            return history;
        })];

    /// <summary>The partners of one organisation in those histories, as the contracts module answers conflict detection.</summary>
    public static IReadOnlyList<ContractPartner> PartnersOf(Guid organisationId, IEnumerable<ContractHistory> histories) =>
        ContractHistory.PartnersOf(organisationId, histories);
}
