using System.Globalization;
using System.Text;
using Npgsql;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.Bench;

/// <summary>With --profile: pg_stat_statements on the benchmark's cluster, reset before a window and read after it,
/// so each figure comes with the statements (and round trips) one transaction costs.</summary>
internal static class StatementProfile
{
    /// <summary>The extension must be preloaded, so the cluster restarts once (on a new port).</summary>
    public static async Task<EmbeddedPostgres> EnableAsync(
        EmbeddedPostgres cluster, EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        await Sql.ExecuteAsync(cluster.ConnectionString, "alter system set shared_preload_libraries = 'pg_stat_statements'", ct);
        await cluster.StopAsync();
        var restarted = await EmbeddedPostgres.StartAsync(options, Environment.CurrentDirectory, logger, ct);
        await Sql.ExecuteAsync(restarted.ConnectionString, "create extension if not exists pg_stat_statements", ct);
        // Planning counted apart from execution: a prepared statement whose plan is cached is planned once, one that
        // is re-prepared (or runs with a custom plan) is planned on every call — CPU no execution time shows. The
        // setting exists only once the library is loaded.
        await Sql.ExecuteAsync(restarted.ConnectionString, "alter system set pg_stat_statements.track_planning = on", ct);
        await Sql.ExecuteAsync(restarted.ConnectionString, "select pg_reload_conf()", ct);
        return restarted;
    }

    public static Task ResetAsync(string connectionString, CancellationToken ct) =>
        Sql.ExecuteAsync(connectionString, "select pg_stat_statements_reset()", ct);

    public static async Task<string> DescribeAsync(string connectionString, long transactions, CancellationToken ct)
    {
        const string query = """
            select calls, total_exec_time, rows, regexp_replace(query, '\s+', ' ', 'g'), plans, total_plan_time
            from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and query not like '%pg_stat_statements%'
            order by total_exec_time desc
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var text = new StringBuilder();
        var inFull = new StringBuilder();
        long calls = 0, plans = 0;
        double total = 0, planning = 0;
        var shown = 0;
        text.AppendLine("  calls/tx   ms/tx   rows/call  plans/call  plan ms/tx  statement");
        while (await reader.ReadAsync(ct))
        {
            var statementCalls = reader.GetInt64(0);
            var statementTotal = reader.GetDouble(1);
            var statementPlans = reader.GetInt64(4);
            var statementPlanning = reader.GetDouble(5);
            calls += statementCalls;
            total += statementTotal;
            plans += statementPlans;
            planning += statementPlanning;
            var sql = reader.GetString(3);
            if (statementCalls >= transactions / 2)
            {
                // What one command sends, word for word: the source of the same-SQL pgbench scripts (SameSqlScripts).
                inFull.AppendLine(CultureInfo.InvariantCulture, $"    {statementCalls / (double)transactions:0.00} × {sql}");
            }

            if (shown++ < 14)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {statementCalls / (double)transactions,8:0.00} {statementTotal / transactions,7:0.000} "
                    + $"{reader.GetInt64(2) / (double)Math.Max(1, statementCalls),10:0.0} "
                    + $"{statementPlans / (double)Math.Max(1, statementCalls),11:0.00} {statementPlanning / transactions,11:0.000}  {(sql.Length > 110 ? sql[..110] + "…" : sql)}");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {calls / (double)transactions,8:0.00} {total / transactions,7:0.000}            "
            + $"{plans / (double)Math.Max(1, calls),11:0.00} {planning / transactions,11:0.000}  all statements (execution, and planning, inside PostgreSQL per transaction)");
        text.AppendLine("  in full (statements of at least every other transaction):").Append(inFull);
        return text.ToString();
    }
}
