using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace TechMarket.Bench;

internal sealed record PgbenchResult(double Tps, long Transactions, long Failed, double LatencyMs, int PayloadBytes, CpuBudget Cpu);

/// <summary>The limit: pgbench running one single-row jsonb INSERT per transaction at the same concurrency,
/// over TCP to the same cluster the server will use.</summary>
internal static partial class PgbenchInsert
{
    public static async Task<PgbenchResult> RunAsync(
        string connectionString, int concurrency, int seconds, string workDirectory, CpuMeter cpu, CancellationToken ct)
    {
        await Sql.ExecuteAsync(connectionString,
            "drop table if exists bench_insert; " +
            "create table bench_insert(id bigserial primary key, payload jsonb not null, created timestamptz not null default now())",
            ct);

        var payload = SampleNeed.DraftedEventJson();
        var script = Path.Combine(workDirectory, "insert.sql");
        await File.WriteAllTextAsync(script,
            $"insert into bench_insert(payload) values ('{payload.Replace("'", "''", StringComparison.Ordinal)}'::jsonb);\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);

        return await RunScriptAsync(connectionString, concurrency, seconds, script, cpu, Encoding.UTF8.GetByteCount(payload), [], ct);
    }

    /// <summary>Runs a pgbench script file at the given concurrency (after a checkpoint) and reads its figures.</summary>
    /// <param name="options">Further pgbench options, e.g. <c>-M prepared</c> or <c>-D name=value</c>.</param>
    public static async Task<PgbenchResult> RunScriptAsync(
        string connectionString, int concurrency, int seconds, string script, CpuMeter cpu, int payloadBytes, IReadOnlyList<string> options,
        CancellationToken ct)
    {
        await Sql.ExecuteAsync(connectionString, "checkpoint", ct);
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Locate())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in options.Concat(
                 [
                     "-n", "-c", Text(concurrency), "-j", Text(concurrency), "-T", Text(seconds), "-f", script,
                     "-h", "127.0.0.1", "-p", Text(database.Port), "-U", database.Username!, database.Database!,
                 ]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = database.Password;
        start.Environment["PGCLIENTENCODING"] = "UTF8";

        var before = cpu.Snapshot();
        using var pgbench = Process.Start(start) ?? throw new InvalidOperationException("Could not start pgbench.");
        var stdout = pgbench.StandardOutput.ReadToEndAsync(ct);
        var stderr = pgbench.StandardError.ReadToEndAsync(ct);
        await pgbench.WaitForExitAsync(ct);
        var output = await stdout + await stderr;
        await Task.Delay(200, ct); // let the postmaster reap the exiting backends, so their CPU is counted
        var after = cpu.Snapshot();
        if (pgbench.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench exited with {pgbench.ExitCode}:\n{output}");
        }

        var tps = Number(TpsLine().Match(output), output);
        var transactions = (long)Number(ProcessedLine().Match(output), output);
        var failed = FailedLine().Match(output) is { Success: true } f ? (long)Number(f, output) : 0;
        var latency = LatencyLine().Match(output) is { Success: true } l ? Number(l, output) : double.NaN;
        return new PgbenchResult(tps, transactions, failed, latency, payloadBytes, CpuBudget.Between(before, after, transactions));
    }

    /// <summary>pgbench ships with the server packages, outside PATH on Debian (/usr/lib/postgresql/N/bin).</summary>
    private static string Locate()
    {
        const string debianRoot = "/usr/lib/postgresql";
        var candidates = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin", "pgbench"))
            : [];
        return candidates.Append("/usr/bin/pgbench").FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("pgbench was not found; install postgresql-contrib (bench/run.sh does).");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Number(Match match, string output) =>
        match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Unexpected pgbench output:\n{output}");

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex ProcessedLine();

    [GeneratedRegex(@"number of failed transactions: ([0-9]+)")]
    private static partial Regex FailedLine();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyLine();
}
