using System.Diagnostics;
using System.Globalization;
using Marten;
using Npgsql;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.Bench;

/// <summary>
/// bench/run.sh --statistics [--events 1000000]: the statistics at scale, on a throwaway cluster. Appends N contract
/// events in bulk (a registration and two settlements per contract, three years across the Ningbo districts), rebuilds
/// the statistics (day and month cube tables and the transaction lines, set-based in PostgreSQL: <see cref="CubeRebuild"/>)
/// and compares the rate with COPY of the same event rows;
/// then times the dashboard's district × month × type × field slice of a year, and the same figures by a raw SQL
/// GROUP BY over the events, and a district's report, each 30 times after a warm-up (p95).
/// </summary>
internal static class StatisticsBench
{
    private const int Runs = 30;

    public static async Task<int> RunAsync(string repository, int events, ILoggerFactory loggers, CancellationToken ct)
    {
        var log = loggers.CreateLogger("bench");
        var home = Path.Combine(Path.GetTempPath(), "techmarket-bench-stats-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(home);
        var cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = Path.Combine(home, "postgres") }, home,
            loggers.CreateLogger<EmbeddedPostgres>(), ct);
        try
        {
            using var store = DocumentStore.For(o =>
            {
                MartenSetup.Configure(o, cluster.ConnectionString);
                StatisticsModule.ConfigureStore(o);
            });
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var reference = ReferenceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "reference-data.json"));
            var regions = RegionCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "regions.json"), reference.CityCode);
            var districts = reference.Districts.Select(d => d.Id).ToArray();

            // COPY, vacuum and the raw GROUP BY of a million events outlast Npgsql's 30-second default on a loaded machine.
            var unlimited = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { CommandTimeout = 0 }.ConnectionString;
            var append = Stopwatch.StartNew();
            await AppendAsync(store, districts, events, ct);
            append.Stop();
            log.LogInformation("Appended {Events} events in {Seconds:0.0} s", events, append.Elapsed.TotalSeconds);

            // The rebuild operators run: set-based, in PostgreSQL (CubeRebuild), from the events table to both cube tables and the lines.
            var rebuild = Stopwatch.StartNew();
            var rebuilt = await CubeRebuild.RunAsync(store, ct);
            rebuild.Stop();
            if (rebuilt != events)
            {
                throw new InvalidOperationException($"The rebuild read {rebuilt} events of {events}.");
            }

            var rebuildRate = events / rebuild.Elapsed.TotalSeconds;
            log.LogInformation("Rebuilt the statistics projections in {Seconds:0.0} s ({Rate:0} events/s)", rebuild.Elapsed.TotalSeconds, rebuildRate);
            var copyRate = await CopyRateAsync(unlimited, events, ct);
            log.LogInformation("COPY of the same rows: {Rate:0} rows/s", copyRate);

            var year = StatPeriod.Year(2025);
            var by = new[] { CubeDimension.District, CubeDimension.Month, CubeDimension.Type, CubeDimension.Field };
            decimal cubeTotal = 0, sqlTotal = 0;
            await VacuumAsync(unlimited, ct);
            await ExplainAsync(unlimited, districts, year, by, log, ct);
            var dashboard = await P95Async(async () =>
            {
                await using var session = store.QuerySession();
                cubeTotal = (await CubeReader.SliceAsync(session, districts, year, Flow.Output, by, ct)).Sum(r => r.TechnologyAmount);
            });
            var sql = await P95Async(async () => sqlTotal = await SqlGroupByAsync(unlimited, year, ct));
            if (cubeTotal != sqlTotal)
            {
                throw new InvalidOperationException($"The cube says {cubeTotal}, the events {sqlTotal}.");
            }

            var read = new StatisticsRead(new ScopedRegion(regions.Find("330211")!, [regions.Find("330211")!]), StatPeriod.YearToMonth(2025, 8), Flow.Output);
            var report = await P95Async(async () =>
            {
                await using var session = store.QuerySession();
                ReportWriter.Write(await ReportQueries.FactsAsync(session, regions, read, new DateOnly(2026, 1, 15), new WarningThresholds(), ct));
            });

            var block = string.Create(CultureInfo.InvariantCulture, $"""
                Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores (load average {LoadAverage()}), `bench/run.sh --statistics --events {events}`:

                - events: {events}
                - append_events_per_s: {events / append.Elapsed.TotalSeconds:0}
                - rebuild_events_per_s: {rebuildRate:0}
                - copy_rows_per_s: {copyRate:0}
                - dashboard_p95_ms_{(events == 1_000_000 ? "1M" : events.ToString(CultureInfo.InvariantCulture))}: {dashboard:0.0}
                - sql_group_by_p95_ms: {sql:0.0}
                - dashboard_speedup_vs_sql: {sql / dashboard:0.0}
                - report_p95_ms: {report:0.0}
                - rebuild_vs_copy_ratio: {rebuildRate / copyRate:0.00}
                """);
            Console.WriteLine(block);
            await PerformanceReport.UpdateAsync(Path.Combine(repository, "docs", "PERFORMANCE.md"), "bench-statistics", "bench/run.sh --statistics", block, ct);
            return 0;
        }
        finally
        {
            await cluster.StopAsync();
            Directory.Delete(cluster.DataDirectory, recursive: true);
            Directory.Delete(home, recursive: true);
        }
    }

    private static async Task AppendAsync(DocumentStore store, string[] districts, int events, CancellationToken ct)
    {
        var random = new Random(42);
        var fields = new[] { "0101", "0203", "0401", "0501", "0601", "0701", "0801", "0301" };
        var start = new DateOnly(2024, 1, 1);
        const int contractsPerBatch = 3000;
        for (var done = 0; done < events;)
        {
            await using var session = store.LightweightSession();
            for (var c = 0; c < contractsPerBatch && done < events; c++)
            {
                var (seller, buyer) = (districts[random.Next(districts.Length)], districts[random.Next(districts.Length)]);
                var (type, field, origin) = ((ContractType)random.Next(5), fields[random.Next(fields.Length)], (ContractOrigin)random.Next(3));
                var on = start.AddDays(random.Next(1095));
                var technology = random.Next(10_000, 50_000_000);
                var id = Guid.CreateVersion7();
                var facts = new TransactionFacts(type, field, Guid.NewGuid(), buyer, Guid.NewGuid(), seller, origin, null, null, $"B{done}", seller);
                var stream = new List<object>
                {
                    new ContractRegistered(id, facts.BuyerOrganisationId, facts.SellerOrganisationId, $"B{done}", on, Guid.Empty, At(on), seller, buyer, seller, [], type,
                        technology * 1.1m, technology, field, origin, null, null, new RegistrationFlags(false, false, false, false), []),
                    new TechnologyTransactionRecorded(id, Guid.NewGuid(), technology * 0.4m, technology * 0.4m, 0m, on.AddDays(30), facts, At(on.AddDays(30))),
                    new TechnologyTransactionRecorded(id, Guid.NewGuid(), technology * 0.6m, technology * 0.6m, 0m, on.AddDays(90), facts, At(on.AddDays(90))),
                };
                var take = Math.Min(stream.Count, events - done);
                session.Events.StartStream(id, stream.Take(take).ToArray());
                done += take;
            }

            await session.SaveChangesAsync(ct);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    /// <summary>COPY of the event rows as they are stored, into a table of the same shape: the write limit for these rows.</summary>
    private static async Task<double> CopyRateAsync(string connectionString, int events, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        using var rows = new MemoryStream();
        await using (var export = await connection.BeginRawBinaryCopyAsync($"copy (select * from {MartenSetup.Schema}.mt_events) to stdout (format binary)", ct))
        {
            await export.CopyToAsync(rows, ct);
        }

        await using (var create = new NpgsqlCommand($"create table bench_copy (like {MartenSetup.Schema}.mt_events)", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        rows.Position = 0;
        var clock = Stopwatch.StartNew();
        await using (var import = await connection.BeginRawBinaryCopyAsync("copy bench_copy from stdin (format binary)", ct))
        {
            await rows.CopyToAsync(import, ct);
        }

        return events / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The dashboard's figures straight from the events: 技术交易额 of registrations by seller district, month, type and field.</summary>
    private static async Task<decimal> SqlGroupByAsync(string connectionString, StatPeriod period, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select data->>'sellerDistrict', to_char((data->>'registeredOn')::date, 'YYYY-MM'), data->>'type', left(data->>'field', 2),
                   sum((data->>'contractAmount')::numeric), sum((data->>'technologyAmount')::numeric), count(*)
            from {MartenSetup.Schema}.mt_events
            where type = 'contract_registered' and (data->>'registeredOn')::date between $1 and $2
            group by 1, 2, 3, 4
            """, connection);
        command.Parameters.AddWithValue(period.From);
        command.Parameters.AddWithValue(period.To);
        decimal total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total += reader.GetDecimal(5);
        }

        return total;
    }

    /// <summary>The dashboard slice's plan with its timings and buffers, into the log (the profile behind the figures).</summary>
    private static async Task ExplainAsync(string connectionString, string[] districts, StatPeriod year, CubeDimension[] by, ILogger log, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var (command, _) = CubeReader.SliceCommand(districts, year, Flow.Output, by);
        await using (command)
        {
            command.CommandText = "explain (analyze, buffers) " + command.CommandText;
            command.Connection = connection;
            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                plan.Add(reader.GetString(0));
            }

            log.LogInformation("The dashboard slice's plan:{NewLine}{Plan}", Environment.NewLine, string.Join(Environment.NewLine, plan));
        }
    }

    /// <summary>What autovacuum does to the cube's tables after a rebuild: statistics for the planner, pages marked all-visible for index-only scans.</summary>
    private static async Task VacuumAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var grain in Enum.GetValues<CubeGrain>())
        {
            await using var command = new NpgsqlCommand($"vacuum (analyze) {CubeTable.Name(grain)}", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<double> P95Async(Func<Task> run)
    {
        for (var i = 0; i < 3; i++)
        {
            await run();
        }

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[(int)Math.Ceiling(0.95 * Runs) - 1];
    }
}
