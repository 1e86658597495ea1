using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.UnitTests.Statistics;

/// <summary>Ledger events as the contract stream carries them, and the cube folded from them by the projection's own fold.</summary>
public static class Ledgers
{
    public static ContractRegistered Registered(
        string seller, string buyer, DateOnly on, ContractType type, string field, ContractOrigin origin, decimal contract, decimal technology,
        string number = "R1") =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), number, on, Guid.CreateVersion7(), On(on), "registry", buyer, seller, [],
            type, contract, technology, field, origin, null, null, new RegistrationFlags(false, false, false, false), []);

    public static TransactionFacts Facts(string seller, string buyer, ContractType type, string field, ContractOrigin origin) =>
        new(type, field, Guid.CreateVersion7(), buyer, Guid.CreateVersion7(), seller, origin, null, null, "R1", "registry");

    public static TechnologyTransactionRecorded Settled(TransactionFacts facts, DateOnly on, decimal technology) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), technology, technology, 0m, on, facts, On(on));

    public static TechnologyTransactionReversed Reversed(TransactionFacts facts, DateOnly on, decimal technology) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), technology, technology, 0m, on, facts, On(on));

    private static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    /// <summary>The cube the daemon writes for these events, folded by the projection's own function.</summary>
    public static IReadOnlyList<CubeCell> Days(IEnumerable<ContractEvent> events) => CubeFacts.Fold(events, CubeGrain.Day);

    public static IReadOnlyList<CubeCell> Months(IEnumerable<ContractEvent> events) => CubeFacts.Fold(events, CubeGrain.Month);
}
