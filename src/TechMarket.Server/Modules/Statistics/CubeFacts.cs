using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// What each contract event contributes to the cube: a registration adds its contract and technology amounts, a
/// recorded transaction its technology share as 到账额, a reversal takes that back on the day of the refund (a closed
/// period's figures never change after the fact). Each lands twice: output for the seller's district, absorbed for
/// the buyer's. Pure, so the projection, the tests and the benchmark agree on one definition.
/// </summary>
public static class CubeFacts
{
    public static IReadOnlyList<CubeContribution> From(ContractEvent e) => e switch
    {
        ContractRegistered r => Both(
            r.SellerDistrict, r.BuyerDistrict, r.RegisteredOn, r.Type, r.Field, r.Origin,
            new CubeMeasures(r.ContractAmount, r.TechnologyAmount, 0m, 1, 0)),
        TechnologyTransactionRecorded t => Both(
            t.Facts.SellerDistrict, t.Facts.BuyerDistrict, t.ConfirmedOn, t.Facts.Type, t.Facts.Field, t.Facts.Origin,
            new CubeMeasures(0m, 0m, t.TechnologyAmount, 0, 1)),
        TechnologyTransactionReversed t => Both(
            t.Facts.SellerDistrict, t.Facts.BuyerDistrict, t.ReversedOn, t.Facts.Type, t.Facts.Field, t.Facts.Origin,
            new CubeMeasures(0m, 0m, -t.TechnologyAmount, 0, -1)),
        _ => [],
    };

    /// <summary>
    /// What some events add to the cube at one grain, one cell per key: the batch the projection writes, and the
    /// cube the tests expect.
    /// </summary>
    public static IReadOnlyList<CubeCell> Fold(IEnumerable<ContractEvent> events, CubeGrain grain)
    {
        var cells = new Dictionary<CellKey, CubeMeasures>();
        foreach (var contribution in events.SelectMany(From))
        {
            var key = contribution.Key.At(grain);
            cells[key] = cells.GetValueOrDefault(key, CubeMeasures.Zero) + contribution.Measures;
        }

        return [.. cells.Select(c => new CubeCell(c.Key, c.Value))];
    }

    /// <summary>The top-level field (the eight 高新技术领域) a field code belongs to.</summary>
    public static string TopField(string field) => field.Length > 2 ? field[..2] : field;

    private static CubeContribution[] Both(
        string seller, string buyer, DateOnly day, ContractType type, string field, ContractOrigin origin, CubeMeasures measures) =>
    [
        new(new CellKey(seller, day, type, TopField(field), origin, Flow.Output), measures),
        new(new CellKey(buyer, day, type, TopField(field), origin, Flow.Absorbed), measures),
    ];
}
