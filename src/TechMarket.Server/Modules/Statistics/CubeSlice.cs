using System.Text.Json.Serialization;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>What a slice of the cube is grouped by; any combination.</summary>
public enum CubeDimension
{
    District,
    Month,
    Quarter,
    Year,
    Type,
    Field,
    Origin,
}

/// <summary>One row of a slice: the coordinates it is grouped by (null where not grouped) and the three figures.</summary>
public sealed record CubeRow(
    string? District, string? Bucket, ContractType? Type, string? Field, ContractOrigin? Origin,
    decimal ContractAmount, decimal TechnologyAmount, decimal Settled, int Registrations, int Settlements)
{
    /// <summary>The figures as one value, for sums in the server. Not in the answer: the row already carries each
    /// figure, and a slice of thousands of rows would send (and allocate) every figure twice.</summary>
    [JsonIgnore]
    public CubeMeasures Measures => new(ContractAmount, TechnologyAmount, Settled, Registrations, Settlements);
}

/// <summary>Rolls cells up to the grouping asked for. Pure: the endpoint loads the cells, this adds them up.</summary>
public static class CubeSlice
{
    public static IReadOnlyList<CubeRow> Group(IEnumerable<CubeCell> cells, IReadOnlyCollection<CubeDimension> by) =>
    [
        .. cells
            .GroupBy(c => (
                District: by.Contains(CubeDimension.District) ? c.District : null,
                Bucket: Bucket(c.Day, by),
                Type: by.Contains(CubeDimension.Type) ? c.Type : (ContractType?)null,
                Field: by.Contains(CubeDimension.Field) ? c.Field : null,
                Origin: by.Contains(CubeDimension.Origin) ? c.Origin : (ContractOrigin?)null))
            .Select(g =>
            {
                var m = g.Aggregate(CubeMeasures.Zero, (sum, c) => sum + c.Measures);
                return new CubeRow(g.Key.District, g.Key.Bucket, g.Key.Type, g.Key.Field, g.Key.Origin,
                    m.ContractAmount, m.TechnologyAmount, m.Settled, m.Registrations, m.Settlements);
            })
            .OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.Bucket, StringComparer.Ordinal)
            .ThenBy(r => r.Type).ThenBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.Origin),
    ];

    /// <summary>The sum of all cells.</summary>
    public static CubeMeasures Total(IEnumerable<CubeCell> cells) => cells.Aggregate(CubeMeasures.Zero, (sum, c) => sum + c.Measures);

    /// <summary>2026-03, 2026-Q1 or 2026, whichever is the finest asked for; null when not grouped by time.</summary>
    public static string? Bucket(DateOnly day, IReadOnlyCollection<CubeDimension> by) =>
        by.Contains(CubeDimension.Month) ? $"{day:yyyy-MM}"
        : by.Contains(CubeDimension.Quarter) ? $"{day.Year}-Q{((day.Month - 1) / 3) + 1}"
        : by.Contains(CubeDimension.Year) ? $"{day.Year}"
        : null;
}
