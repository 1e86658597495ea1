using System.Diagnostics;
using System.Globalization;

namespace TechMarket.Bench;

/// <summary>CPU time read from /proc, so that each figure comes with where its cycles went:
/// the PostgreSQL cluster (postmaster and its backends), the server process, this load generator
/// (and its reaped children, i.e. pgbench), and the whole machine (which also counts other tenants).</summary>
internal sealed class CpuMeter(int postmasterPid, Process? server = null)
{
    /// <summary>/proc reports USER_HZ ticks, fixed at 100 per second by the kernel ABI.</summary>
    private const double TicksPerSecond = 100;

    public CpuMeter WithServer(Process process) => new(postmasterPid, process);

    public CpuSnapshot Snapshot()
    {
        var self = ReadStat("self");
        var postgres = ReadStat(postmasterPid.ToString(CultureInfo.InvariantCulture));
        var postgresTicks = postgres is null ? 0 : postgres.Own + postgres.ReapedChildren;
        foreach (var child in Children(postmasterPid))
        {
            postgresTicks += child.Own;
        }

        TimeSpan? serverTime = null;
        if (server is { HasExited: false })
        {
            server.Refresh();
            serverTime = server.TotalProcessorTime;
        }

        var (busy, total) = ReadMachine();
        return new CpuSnapshot(
            Stopwatch.GetTimestamp(),
            Ticks(postgresTicks),
            serverTime,
            Ticks(self?.Own ?? 0),
            Ticks(self?.ReapedChildren ?? 0),
            Ticks(busy),
            Ticks(total));
    }

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);

    private sealed record ProcessTimes(int ParentId, long Own, long ReapedChildren);

    private static ProcessTimes? ReadStat(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; every field after its closing parenthesis is numeric.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            return new ProcessTimes((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // the process ended between listing and reading
        }
    }

    private static IEnumerable<ProcessTimes> Children(int parent)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (name.Length > 0 && char.IsAsciiDigit(name[0]) && ReadStat(name) is { } times && times.ParentId == parent)
            {
                yield return times;
            }
        }
    }

    private static (long Busy, long Total) ReadMachine()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var line = File.ReadLines("/proc/stat").First();
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + values[4];
        var total = values.Sum();
        return (total - idle, total);
    }
}

internal sealed record CpuSnapshot(
    long Timestamp, TimeSpan Postgres, TimeSpan? Server, TimeSpan Bench, TimeSpan BenchChildren, TimeSpan MachineBusy, TimeSpan MachineTotal);

/// <summary>CPU spent during one measured window, per transaction, by whom.</summary>
internal sealed record CpuBudget(TimeSpan Elapsed, long Transactions, TimeSpan Postgres, TimeSpan Server, TimeSpan LoadGenerator, TimeSpan MachineBusy, TimeSpan MachineTotal)
{
    public static CpuBudget Between(CpuSnapshot before, CpuSnapshot after, long transactions) => new(
        Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp),
        transactions,
        after.Postgres - before.Postgres,
        (after.Server ?? TimeSpan.Zero) - (before.Server ?? TimeSpan.Zero),
        after.Bench - before.Bench + (after.BenchChildren - before.BenchChildren),
        after.MachineBusy - before.MachineBusy,
        after.MachineTotal - before.MachineTotal);

    /// <summary>Busy CPU not accounted to the cluster, the server or the load generator: other tenants, the kernel.</summary>
    public TimeSpan Other => MachineBusy - Postgres - Server - LoadGenerator;

    /// <summary>CPU of the processes under test and the load generator, per transaction.</summary>
    public double OwnPerTransactionMs =>
        Transactions == 0 ? double.NaN : (Postgres + Server + LoadGenerator).TotalMilliseconds / Transactions;

    public double MachineBusyShare => MachineTotal > TimeSpan.Zero ? MachineBusy / MachineTotal : 0;

    public string Describe()
    {
        string PerTx(TimeSpan cpu) => Transactions == 0 ? "-" : (cpu.TotalMilliseconds / Transactions).ToString("0.000", CultureInfo.InvariantCulture);
        string Cores(TimeSpan cpu) => (cpu / Elapsed).ToString("0.00", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU ms per transaction: postgres {PerTx(Postgres)}, server {PerTx(Server)}, load generator {PerTx(LoadGenerator)}, " +
            $"other {PerTx(Other)} | cores busy: postgres {Cores(Postgres)}, server {Cores(Server)}, load generator {Cores(LoadGenerator)}, " +
            $"other {Cores(Other)}; machine {MachineBusyShare:P0} busy");
    }
}
