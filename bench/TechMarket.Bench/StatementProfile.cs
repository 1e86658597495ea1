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
        return restarted;
    }

    public static Task ResetAsync(string connectionString, CancellationToken ct) =>
        Sql.ExecuteAsync(connectionString, "select pg_stat_statements_reset()", ct);

    public static async Task<string> DescribeAsync(string connectionString, long transactions, CancellationToken ct)
    {
        const string query = """
            select calls, total_exec_time, rows, regexp_replace(query, '\s+', ' ', 'g')
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
        long calls = 0;
        double total = 0;
        var shown = 0;
        text.AppendLine("  calls/tx   ms/tx   rows/call  statement");
        while (await reader.ReadAsync(ct))
        {
            var statementCalls = reader.GetInt64(0);
            var statementTotal = reader.GetDouble(1);
            calls += statementCalls;
            total += statementTotal;
            if (shown++ < 14)
            {
                var sql = reader.GetString(3);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {statementCalls / (double)transactions,8:0.00} {statementTotal / transactions,7:0.000} "
                    + $"{reader.GetInt64(2) / (double)Math.Max(1, statementCalls),10:0.0}  {(sql.Length > 110 ? sql[..110] + "…" : sql)}");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {calls / (double)transactions,8:0.00} {total / transactions,7:0.000}             all statements (execution time inside PostgreSQL per transaction)");
        return text.ToString();
    }
}
