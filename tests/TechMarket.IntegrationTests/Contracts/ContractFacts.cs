using TechMarket.Server.Modules.Contracts;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>Events as the contracts module appends them, for tests that need a history without playing it over HTTP.</summary>
public static class ContractFacts
{
    public static ContractRegistered Registered(Guid buyer, Guid seller, DateOnly registeredOn)
    {
        var contractId = Guid.CreateVersion7();
        return new ContractRegistered(
            contractId, buyer, seller, $"REG-{registeredOn:yyyyMMdd}-{Random.Shared.Next(1000, 9999)}", registeredOn, Guid.Empty,
            DateTimeOffset.UtcNow, "330211", "330211", "330212",
            [new(buyer, "买方", "330211", PartySide.Buyer, true, 100m), new(seller, "卖方", "330212", PartySide.Seller, true, 100m)],
            ContractType.Development, 1_000_000m, 800_000m, "0401", ContractOrigin.Direct, null, null, new RegistrationFlags(false, false, true, false), []);
    }
}
