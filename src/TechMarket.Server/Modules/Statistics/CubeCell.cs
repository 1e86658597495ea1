using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>Which side of a contract a district counts it on.</summary>
public enum Flow
{
    /// <summary>输出: the seller's district, where the contract is registered.</summary>
    Output,

    /// <summary>吸纳: the buyer's district.</summary>
    Absorbed,
}

/// <summary>The three figures of the bureau's statistics, each cut the same ways.</summary>
public enum Measure
{
    /// <summary>技术合同成交额: the contract amount of contracts registered in the period.</summary>
    ContractAmount,

    /// <summary>技术交易额: the technology amount of contracts registered in the period.</summary>
    TechnologyAmount,

    /// <summary>到账额: technology value settled in the period (payments confirmed less refunds).</summary>
    Settled,
}

/// <summary>Where one cube cell sits: a district on one side, one China-time day (or the first day of a month), a
/// contract type, a top-level high-tech field and an origin.</summary>
public sealed record CellKey(string District, DateOnly Day, ContractType Type, string Field, ContractOrigin Origin, Flow Direction)
{
    /// <summary>The same cell at month grain.</summary>
    public CellKey ToMonth() => this with { Day = new DateOnly(Day.Year, Day.Month, 1) };

    /// <summary>The origin a cell of the <see cref="CubeGrain.MonthAllOrigins"/> table carries: all of them, summed.</summary>
    public const ContractOrigin AllOrigins = (ContractOrigin)(-1);

    /// <summary>The same cell at the given grain.</summary>
    public CellKey At(CubeGrain grain) => grain switch
    {
        CubeGrain.Month => ToMonth(),
        CubeGrain.MonthAllOrigins => ToMonth() with { Origin = AllOrigins },
        _ => this,
    };
}

/// <summary>What one event adds to the figures of one cell; a reversal's amounts are negative.</summary>
public sealed record CubeMeasures(decimal ContractAmount, decimal TechnologyAmount, decimal Settled, int Registrations, int Settlements)
{
    public static readonly CubeMeasures Zero = new(0m, 0m, 0m, 0, 0);

    public static CubeMeasures operator +(CubeMeasures a, CubeMeasures b) => new(
        a.ContractAmount + b.ContractAmount, a.TechnologyAmount + b.TechnologyAmount, a.Settled + b.Settled,
        a.Registrations + b.Registrations, a.Settlements + b.Settlements);

    public decimal Of(Measure measure) => measure switch
    {
        Measure.ContractAmount => ContractAmount,
        Measure.TechnologyAmount => TechnologyAmount,
        _ => Settled,
    };
}

/// <summary>One contribution of an event to the cube.</summary>
public sealed record CubeContribution(CellKey Key, CubeMeasures Measures);

/// <summary>The grain a cube table keeps: a China-time day (any date range) or a month (months, quarters, years and 1至N月).</summary>
public enum CubeGrain
{
    Day,
    Month,

    /// <summary>A month with the origins summed (origin stored as -1): what the dashboards read when they do not cut by
    /// origin — a third of the month table's cells, one per district × month × type × field, so the district × month ×
    /// type × field slice reads its rows as they are instead of aggregating three cells into each.</summary>
    MonthAllOrigins,
}

/// <summary>
/// One cell of the transaction value cube and its figures: a row of <c>statistics_cube_day</c> or
/// <c>statistics_cube_month</c> (see <see cref="CubeTable"/>), or the sum of some events' contributions
/// (<see cref="CubeFacts.Fold"/>).
/// </summary>
public sealed record CubeCell(CellKey Key, CubeMeasures Measures)
{
    public string District => Key.District;

    public DateOnly Day => Key.Day;

    public ContractType Type => Key.Type;

    public string Field => Key.Field;

    public ContractOrigin Origin => Key.Origin;

    public Flow Direction => Key.Direction;
}
