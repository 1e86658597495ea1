using Marten;
using Npgsql;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>Reads the cube's tables, at month grain when the period is whole months.</summary>
public static class CubeReader
{
    /// <summary>One figure per district (every district asked for, zero when it has no cell).</summary>
    public static async Task<IReadOnlyDictionary<string, CubeMeasures>> TotalsAsync(
        IQuerySession session, IReadOnlyCollection<string> districts, StatPeriod period, Flow direction, CancellationToken ct)
    {
        var rows = await SliceAsync(session, districts, period, direction, [CubeDimension.District], ct);
        var sums = districts.ToDictionary(d => d, _ => CubeMeasures.Zero, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            sums[row.District!] += row.Measures;
        }

        return sums;
    }

    /// <summary>
    /// A slice grouped in PostgreSQL over real columns: the same sums as <see cref="CubeSlice.Group"/> over the cells,
    /// without bringing a year of cells (tens of thousands for a city) to the server — the dashboard's path.
    /// </summary>
    public static async Task<IReadOnlyList<CubeRow>> SliceAsync(
        IQuerySession session, IReadOnlyCollection<string> districts, StatPeriod period, Flow direction, IReadOnlyCollection<CubeDimension> by, CancellationToken ct)
    {
        var (command, grouped) = SliceCommand(districts, period, direction, by);
        await using var _ = command;
        var rows = new List<CubeRow>();
        await using (var reader = await session.ExecuteReaderAsync(command, ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new CubeRow(
                    reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : CubeSlice.Bucket(reader.GetFieldValue<DateOnly>(1), by),
                    reader.IsDBNull(2) ? null : (ContractType)reader.GetInt16(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : (ContractOrigin)reader.GetInt16(4),
                    reader.GetDecimal(5), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetInt32(8), reader.GetInt32(9)));
            }
        }

        return
        [
            .. rows.Where(r => grouped || r.Measures != CubeMeasures.Zero)
                .OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.Bucket, StringComparer.Ordinal)
                .ThenBy(r => r.Type).ThenBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.Origin),
        ];
    }

    /// <summary>The slice's statement (the benchmark explains it) and whether it groups at all.</summary>
    public static (NpgsqlCommand Command, bool Grouped) SliceCommand(
        IReadOnlyCollection<string> districts, StatPeriod period, Flow direction, IReadOnlyCollection<CubeDimension> by)
    {
        // The period's bucket as the first day of its month, quarter or year; named in .NET (to_char per cell is slow).
        var unit = by.Contains(CubeDimension.Month) ? "month" : by.Contains(CubeDimension.Quarter) ? "quarter" : by.Contains(CubeDimension.Year) ? "year" : null;
        var grouped = new List<string>();
        string Column(bool wanted, string sql, string none)
        {
            if (!wanted)
            {
                return none;
            }

            grouped.Add(sql);
            return sql;
        }

        var select = string.Join(", ",
            Column(by.Contains(CubeDimension.District), "district", "null::text"),
            Column(unit is not null, unit == "month" && period.IsWholeMonths ? "day" : $"date_trunc('{unit}', day)::date", "null::date"),
            Column(by.Contains(CubeDimension.Type), "type", "null::smallint"),
            Column(by.Contains(CubeDimension.Field), "field", "null::text"),
            Column(by.Contains(CubeDimension.Origin), "origin", "null::smallint"));
        var groupBy = grouped.Count == 0 ? string.Empty : " group by " + string.Join(", ", grouped);
        // Whole months not cut by origin read the table that has the origins summed: a third of the cells, no aggregation
        // left for the dashboard's finest slice (district × month × type × field).
        var grain = !period.IsWholeMonths ? CubeGrain.Day : by.Contains(CubeDimension.Origin) ? CubeGrain.Month : CubeGrain.MonthAllOrigins;
        // Grouped by every coordinate of a month table's cell, each group is one cell: its row is the answer as it is
        // stored (the dashboard's district × month × type × field slice) — no aggregate, whose hashing of a few thousand
        // numeric sums was most of the statement's time where the index-only scan itself took a millisecond.
        var cellByCell = grain != CubeGrain.Day && unit == "month" && grouped.Count == (grain == CubeGrain.Month ? 5 : 4);
        var figures = cellByCell
            ? "contract_amount, technology_amount, settled, registrations, settlements"
            : "coalesce(sum(contract_amount), 0), coalesce(sum(technology_amount), 0), coalesce(sum(settled), 0), "
              + "coalesce(sum(registrations), 0)::integer, coalesce(sum(settlements), 0)::integer";
        var command = new NpgsqlCommand(
            $"select {select}, {figures} from {CubeTable.Name(grain)} "
            + $"where direction = $1 and district = any($2) and day between $3 and $4{(cellByCell ? string.Empty : groupBy)}");
        command.Parameters.AddWithValue((short)direction);
        command.Parameters.AddWithValue(districts.ToArray());
        command.Parameters.AddWithValue(period.From);
        command.Parameters.AddWithValue(period.To);
        return (command, grouped.Count > 0);
    }

    /// <summary>Every cell of some districts at one grain (the tests compare them with the fold of the events).</summary>
    public static async Task<IReadOnlyList<CubeCell>> CellsAsync(IQuerySession session, IReadOnlyCollection<string> districts, CubeGrain grain, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select direction, district, day, type, field, origin, contract_amount, technology_amount, settled, registrations, settlements "
            + $"from {CubeTable.Name(grain)} where district = any($1)");
        command.Parameters.AddWithValue(districts.ToArray());
        var cells = new List<CubeCell>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            cells.Add(new CubeCell(
                new CellKey(reader.GetString(1), reader.GetFieldValue<DateOnly>(2), (ContractType)reader.GetInt16(3), reader.GetString(4),
                    (ContractOrigin)reader.GetInt16(5), (Flow)reader.GetInt16(0)),
                new CubeMeasures(reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8), reader.GetInt32(9), reader.GetInt32(10))));
        }

        return cells;
    }
}
