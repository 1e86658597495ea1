using System.Globalization;
using System.Runtime.InteropServices;

namespace TechMarket.Bench;

/// <summary>A named entry point rather than top-level statements: the server's own global <c>Program</c>
/// type is visible here through the project reference, and a second one would clash with it.</summary>
internal static class BenchProgram
{
    public static Task<int> Main(string[] args)
    {
        var mode = new ModeArgs(args);
        if (mode.Has("--web"))
        {
            // bench/run.sh --web [--runs N] [--repo checkout]: the web app's first loads only.
            return RunAsync("web", (loggers, ct) => WebBench.RunAsync(mode.Repository, mode.Int("--runs", 5), loggers, ct));
        }

        if (mode.Has("--realtime"))
        {
            // bench/run.sh --realtime [--clients N] [--documents N] [--rounds N] [--keep DIR] [--server-env NAME=value]…:
            // match pushes, search and memory.
            return RunAsync("realtime", (loggers, ct) => RealtimeBench.RunAsync(
                new RealtimeBench.Settings(mode.Repository, mode.Int("--clients", 1000), mode.Int("--documents", 100_000), mode.Int("--rounds", 20),
                    mode.ServerEnvironment, mode.FullPath("--keep")), loggers, ct));
        }

        if (mode.Has("--ranking"))
        {
            // bench/run.sh --ranking [--documents N] [--passes N] [--keep DIR] [--allocations]: the matcher's ranking and
            // the search, in-process.
            return RunAsync("ranking", (loggers, ct) => RankingBench.RunAsync(
                mode.Repository, mode.Int("--documents", 100_000), mode.Int("--passes", 3), mode.FullPath("--keep"), mode.Has("--allocations"),
                loggers.CreateLogger("ranking"), ct));
        }

        if (mode.Has("--statistics"))
        {
            // bench/run.sh --statistics [--events N] [--repo checkout]: the statistics cube at scale only.
            return RunAsync("statistics", (loggers, ct) => StatisticsBench.RunAsync(mode.Repository, mode.Int("--events", 1_000_000), loggers, ct));
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message + Environment.NewLine + BenchOptions.Usage);
            return Task.FromResult(2);
        }

        return RunAsync("command", (loggers, ct) => RunWindowsAsync(options, loggers, ct));
    }

    /// <summary>The command windows (the default mode): the figures go to bench/results and, for a plain run, to
    /// docs/PERFORMANCE.md.</summary>
    private static async Task<int> RunWindowsAsync(BenchOptions options, ILoggerFactory loggers, CancellationToken ct)
    {
        BenchResult result;
        await using (var run = new BenchRun(options, loggers))
        {
            result = await run.ExecuteAsync(ct);
        }

        var summary = result.Summary();
        Console.WriteLine();
        Console.WriteLine(summary);
        Directory.CreateDirectory(options.ResultsDirectory);
        var resultsFile = Path.Combine(options.ResultsDirectory, $"{result.At:yyyyMMdd-HHmmss}-c{options.Concurrency}.txt");
        await File.WriteAllTextAsync(resultsFile, summary, CancellationToken.None);
        var log = loggers.CreateLogger("bench");
        if (options.IsExperiment)
        {
            log.LogInformation("Experiment: {File} written; docs/PERFORMANCE.md left as it was", resultsFile);
        }
        else
        {
            await PerformanceReport.UpdateAsync(options.ReportPath, result.ReportBlock(), CancellationToken.None);
            log.LogInformation("Wrote {File} and {Report}", resultsFile, options.ReportPath);
        }

        return 0;
    }

    /// <summary>Runs one mode with the console log. Ctrl+C or a TERM unwinds the run instead of ending the process, so
    /// the servers and the clusters it started are stopped and their files deleted.</summary>
    private static async Task<int> RunAsync(string mode, Func<ILoggerFactory, CancellationToken, Task<int>> run)
    {
        using var cancel = new CancellationTokenSource();
        void Unwind(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Unwind);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Unwind);
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        }));
        var log = loggers.CreateLogger("bench");
        try
        {
            return await run(loggers, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.LogWarning("Cancelled");
            return 130;
        }
        catch (Exception e)
        {
            log.LogError(e, "The {Mode} benchmark failed", mode);
            return 1;
        }
    }

    /// <summary>The options of the single-purpose modes, each looked up by name.</summary>
    private sealed class ModeArgs(string[] args)
    {
        public bool Has(string name) => args.Contains(name);

        public int Int(string name, int fallback) => Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        public string? FullPath(string name) => Value(name) is { } value ? Path.GetFullPath(value) : null;

        /// <summary>The checkout whose server build is measured: the last --repo given. bench/run.sh passes its own checkout
        /// first, so a --repo on its command line (a worktree of the base, for a before/after pair) is the one that counts.</summary>
        public string Repository =>
            Array.LastIndexOf(args, "--repo") is var r and >= 0 && r + 1 < args.Length ? Path.GetFullPath(args[r + 1]) : BenchOptions.Parse([]).RepositoryRoot;

        /// <summary>Every --server-env NAME=value: an environment variable for the server process only.</summary>
        public IReadOnlyDictionary<string, string> ServerEnvironment =>
            args.Select((arg, i) => (arg, i)).Where(x => x.arg == "--server-env" && x.i + 1 < args.Length)
                .Select(x => args[x.i + 1].Split('=', 2))
                .ToDictionary(kv => kv[0], kv => kv.Length == 2 ? kv[1] : throw new ArgumentException("--server-env needs NAME=value."));

        private string? Value(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
