using Marten;
using TechMarket.Server.Infrastructure.Marten;
using Weasel.Postgresql.Tables;
using WeaselTable = Weasel.Postgresql.Tables.Table;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// The cube's storage: plain tables (day grain, month grain, and month with origins summed) with a real column per coordinate and figure, so the
/// daemon adds a batch's deltas with one <c>INSERT … ON CONFLICT DO UPDATE SET x = x + excluded.x</c> per grain (no
/// load, no JSON) and the dashboard groups real columns. Contract type, origin and side are stored as their enum
/// numbers (smallint). The cell's unique key leads with side and district, the filters every slice starts from.
/// </summary>
public static class CubeTable
{
    private static readonly string[] Key = ["direction", "district", "day", "type", "field", "origin"];

    private static readonly string[] Figures = ["contract_amount", "technology_amount", "settled", "registrations", "settlements"];

    public static string Name(CubeGrain grain) => $"{MartenSetup.Schema}.{grain switch
    {
        CubeGrain.Month => "statistics_cube_month",
        CubeGrain.MonthAllOrigins => "statistics_cube_month_all_origins",
        _ => "statistics_cube_day",
    }}";

    /// <summary>Creates both tables with the store's other schema objects.</summary>
    public static void Configure(StoreOptions options)
    {
        foreach (var grain in Enum.GetValues<CubeGrain>())
        {
            var table = new WeaselTable(Name(grain));
            table.AddColumn("direction", "smallint").NotNull();
            table.AddColumn("district", "text").NotNull();
            table.AddColumn("day", "date").NotNull();
            table.AddColumn("type", "smallint").NotNull();
            table.AddColumn("field", "text").NotNull();
            table.AddColumn("origin", "smallint").NotNull();
            table.AddColumn("contract_amount", "numeric").NotNull();
            table.AddColumn("technology_amount", "numeric").NotNull();
            table.AddColumn("settled", "numeric").NotNull();
            table.AddColumn("registrations", "integer").NotNull();
            table.AddColumn("settlements", "integer").NotNull();
            // The cell's key, unique (the upsert's conflict target), holding the figures too: a slice reads a side,
            // its districts and a range of days, and (once vacuum has marked the pages all-visible) does so by an
            // index-only scan of adjacent entries instead of one heap page per cell in the order cells were first written.
            table.Indexes.Add(new IndexDefinition($"ix_{table.Identifier.Name}_cell")
            {
                IsUnique = true,
                Columns = Key,
                IncludeColumns = Figures,
            });
            options.Storage.ExtendedSchemaObjects.Add(table);
        }
    }

    /// <summary>
    /// Queues the addition of <paramref name="cells"/> (one per key, as <see cref="CubeFacts.Fold"/> gives them) into the
    /// unit of work, so the deltas commit with the daemon's progress or not at all. The statement returns a count
    /// because the batch reads past each queued operation's result.
    /// </summary>
    public static void Add(IDocumentOperations operations, CubeGrain grain, IReadOnlyList<CubeCell> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", Key.Concat(Figures));
        var sums = string.Join(", ", Figures.Select(f => $"{f} = c.{f} + excluded.{f}"));
        var sql = $"""
            with added as (
              insert into {Name(grain)} as c ({columns})
              select * from unnest(?::smallint[], ?::text[], ?::date[], ?::smallint[], ?::text[], ?::smallint[],
                                   ?::numeric[], ?::numeric[], ?::numeric[], ?::integer[], ?::integer[])
              on conflict ({string.Join(", ", Key)}) do update set {sums}
              returning 1)
            select count(*) from added
            """;
        operations.QueueOperation(new SqlCheck(sql,
            cells.Select(c => (short)c.Direction).ToArray(), cells.Select(c => c.District).ToArray(), cells.Select(c => c.Day).ToArray(),
            cells.Select(c => (short)c.Type).ToArray(), cells.Select(c => c.Field).ToArray(), cells.Select(c => (short)c.Origin).ToArray(),
            cells.Select(c => c.Measures.ContractAmount).ToArray(), cells.Select(c => c.Measures.TechnologyAmount).ToArray(),
            cells.Select(c => c.Measures.Settled).ToArray(), cells.Select(c => c.Measures.Registrations).ToArray(),
            cells.Select(c => c.Measures.Settlements).ToArray()));
    }
}
