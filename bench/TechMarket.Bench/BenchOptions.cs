using System.Globalization;

namespace TechMarket.Bench;

/// <summary>What one run measures: <c>bench/run.sh [--concurrency 8] [--seconds 20] [--warmup 5] [--profile]</c>.</summary>
internal sealed record BenchOptions(
    int Concurrency, int Seconds, int WarmupSeconds, bool Profile, string? ServerNpgsql, string RepositoryRoot, IReadOnlyDictionary<string, string> ServerEnvironment)
{
    /// <summary>With --events N: after the windows, the store grows to N events in bulk and the bid window and the board
    /// and "my bids" reads run again (bid_submit_ratio_1M_vs_empty, board_p95_ms_1M).</summary>
    public int? Events { get; init; }

    /// <summary>With --commands-only: the need and bid windows alone (no same-SQL, CRUD peer or webhook windows), for
    /// short profiling runs; like --profile, it never writes docs/PERFORMANCE.md.</summary>
    public bool CommandsOnly { get; init; }

    public const string Usage =
        "usage: bench/run.sh [--concurrency 8] [--seconds 20] [--warmup 5] [--profile] [--server-npgsql \"k=v;...\"] [--server-env NAME=value]... [--events N] [--commands-only] [--repo <checkout>]\n" +
        "  --events N       then grow the store to N events (e.g. 1000000) and measure bids, the board and \"my bids\" again\n" +
        "  --profile        also records pg_stat_statements for both windows (adds a little overhead)\n" +
        "  --server-npgsql  experiment: extra Npgsql keywords for the server's connection only, e.g. \"No Reset On Close=true\"\n" +
        "  --commands-only  experiment: only the need and bid windows (a short profiling run)\n" +
        "  --server-env     experiment: an environment variable for the server process only, e.g. DOTNET_gcServer=0 (repeatable)\n" +
        "  docs/PERFORMANCE.md is updated only by a plain run (no --profile, --server-npgsql or --server-env).";

    /// <summary>A plain run measures the server as configured; only such a run writes the documented figures.</summary>
    public bool IsExperiment => Profile || CommandsOnly || ServerNpgsql is not null || ServerEnvironment.Count > 0;

    public string ServerAssembly =>
        Path.Combine(RepositoryRoot, "src", "TechMarket.Server", "bin", "Release", "net10.0", "TechMarket.Server.dll");

    public string PeerAssembly =>
        Path.Combine(RepositoryRoot, "bench", "TechMarket.CrudPeer", "bin", "Release", "net10.0", "TechMarket.CrudPeer.dll");

    public string ReportPath => Path.Combine(RepositoryRoot, "docs", "PERFORMANCE.md");

    public string ResultsDirectory => Path.Combine(RepositoryRoot, "bench", "results");

    /// <summary>The command that reproduces this run, as written in docs/PERFORMANCE.md.</summary>
    public string Command =>
        $"bench/run.sh --concurrency {Concurrency} --seconds {Seconds}" + (Profile ? " --profile" : string.Empty) +
        (Events is { } events ? $" --events {events}" : string.Empty) + (CommandsOnly ? " --commands-only" : string.Empty) +
        (ServerNpgsql is null ? string.Empty : $" --server-npgsql \"{ServerNpgsql}\"") +
        string.Concat(ServerEnvironment.Select(e => $" --server-env {e.Key}={e.Value}"));

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        int concurrency = 8, seconds = 20, warmup = 5;
        bool profile = false, commandsOnly = false;
        int? events = null;
        string? repository = null, serverNpgsql = null;
        var serverEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--concurrency" or "-c": concurrency = PositiveInt(args, ++i); break;
                case "--seconds" or "-T": seconds = PositiveInt(args, ++i); break;
                case "--warmup": warmup = PositiveInt(args, ++i); break;
                case "--profile": profile = true; break;
                case "--commands-only": commandsOnly = true; break;
                case "--events": events = PositiveInt(args, ++i); break;
                case "--server-npgsql": serverNpgsql = Value(args, ++i); break;
                case "--repo": repository = Value(args, ++i); break;
                case "--server-env":
                    var setting = Value(args, ++i).Split('=', 2);
                    serverEnvironment[setting[0]] = setting.Length == 2 ? setting[1] : throw new ArgumentException("--server-env needs NAME=value.");
                    break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return new BenchOptions(concurrency, seconds, warmup, profile, serverNpgsql, Path.GetFullPath(repository ?? FindRepositoryRoot()), serverEnvironment)
        {
            Events = events, CommandsOnly = commandsOnly,
        };
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"'{args[i - 1]}' needs a value.");

    private static int PositiveInt(IReadOnlyList<string> args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"'{args[i - 1]}' needs a positive whole number.");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechMarket.sln")))
            {
                return directory.FullName;
            }
        }

        throw new ArgumentException("Could not find the checkout (TechMarket.sln); pass --repo.");
    }
}
