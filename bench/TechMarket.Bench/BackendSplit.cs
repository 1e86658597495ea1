using System.Globalization;
using System.Text;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>With --profile: PostgreSQL's CPU over one window split by which connection (or background process) spent
/// it, with the transactions and WAL flushes per command. The per-process times come from /proc; each backend is named
/// by pg_stat_activity (its application name — the server names its pools — or its backend type). pg_stat_statements
/// shows only the time statements spend executing; this shows the rest (parsing, planning, commits, NOTIFY, vacuum).</summary>
internal sealed class BackendSplit
{
    private const double TicksPerSecond = 100;

    private readonly int _postmasterPid;
    private readonly string _database;
    private readonly Dictionary<int, long> _ticks;
    private readonly long _reaped;
    private readonly Counters _counters;

    private BackendSplit(int postmasterPid, string database, Dictionary<int, long> ticks, long reaped, Counters counters)
    {
        _postmasterPid = postmasterPid;
        _database = database;
        _ticks = ticks;
        _reaped = reaped;
        _counters = counters;
    }

    private sealed record Counters(long Commits, long Rollbacks, long WalRecords, long WalBytes, long WalWrites, long WalSyncs);

    public static async Task<BackendSplit> StartAsync(int postmasterPid, string database, CancellationToken ct)
    {
        var counters = await ReadCountersAsync(database, ct);
        var (ticks, reaped) = ReadTicks(postmasterPid);
        return new BackendSplit(postmasterPid, database, ticks, reaped, counters);
    }

    public async Task<string> DescribeAsync(long commands, CancellationToken ct)
    {
        var (ticks, reaped) = ReadTicks(_postmasterPid);
        var counters = await ReadCountersAsync(_database, ct);
        var names = await NamesAsync(_database, ct);
        var byKind = new Dictionary<string, long>();
        foreach (var (pid, now) in ticks)
        {
            var kind = names.GetValueOrDefault(pid, "(not in pg_stat_activity)");
            byKind[kind] = byKind.GetValueOrDefault(kind) + now - _ticks.GetValueOrDefault(pid);
        }

        // A process that ended in the window: its time since the start is in the postmaster's reaped children's.
        var ended = reaped - _reaped - _ticks.Where(t => !ticks.ContainsKey(t.Key)).Sum(t => t.Value);
        byKind["processes that ended in the window (closed connections, autovacuum workers)"] = ended;

        string PerCommand(double value) => (value / commands).ToString("0.000", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine("  PostgreSQL CPU per command by connection kind (ms; /proc, named by pg_stat_activity):");
        foreach (var (kind, delta) in byKind.Where(k => k.Value != 0).OrderByDescending(k => k.Value))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {PerCommand(delta * 1000 / TicksPerSecond),7}  {kind}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"    per command: {PerCommand(counters.Commits - _counters.Commits)} commits, {PerCommand(counters.Rollbacks - _counters.Rollbacks)} rollbacks, " +
            $"{PerCommand(counters.WalRecords - _counters.WalRecords)} WAL records, {PerCommand(counters.WalBytes - _counters.WalBytes)} WAL bytes, " +
            $"{PerCommand(counters.WalWrites - _counters.WalWrites)} WAL writes, {PerCommand(counters.WalSyncs - _counters.WalSyncs)} WAL flushes (fsync)");
        return text.ToString();
    }

    private static (Dictionary<int, long> Ticks, long Reaped) ReadTicks(int postmasterPid)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat && stat.Parent == postmasterPid)
            {
                ticks[pid] = stat.Own;
            }
        }

        return (ticks, Stat(postmasterPid)?.Reaped ?? 0);
    }

    private static (int Parent, long Own, long Reaped)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static async Task<Dictionary<int, string>> NamesAsync(string database, CancellationToken ct)
    {
        const string query = """
            select pid, backend_type, coalesce(application_name, ''), coalesce(datname, '')
            from pg_stat_activity
            """;
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
        {
            var (type, application) = (reader.GetString(1), reader.GetString(2));
            names[reader.GetInt32(0)] = type != "client backend" ? type
                : application.Length > 0 ? "client: " + application
                : "client: (no application name: the bench, pgbench)";
        }

        return names;
    }

    private static async Task<Counters> ReadCountersAsync(string database, CancellationToken ct)
    {
        const string query = """
            select sum(xact_commit)::bigint, sum(xact_rollback)::bigint,
                   (select wal_records from pg_stat_wal), (select wal_bytes::bigint from pg_stat_wal),
                   (select wal_write from pg_stat_wal), (select wal_sync from pg_stat_wal)
            from pg_stat_database
            """;
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        // Backends report their counters at most about once a second, so a window's edges blur by that much.
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new Counters(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }
}
