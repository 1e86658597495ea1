using System.Runtime.InteropServices;

namespace TechMarket.Bench;

/// <summary>A named entry point rather than top-level statements: the server's own global <c>Program</c>
/// type is visible here through the project reference, and a second one would clash with it.</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--web"))
        {
            return await RunWebAsync(args);
        }

        if (args.Contains("--realtime"))
        {
            return await RunRealtimeAsync(args);
        }

        if (args.Contains("--ranking"))
        {
            return await RunRankingAsync(args);
        }

        if (args.Contains("--statistics"))
        {
            return await RunStatisticsAsync(args);
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + BenchOptions.Usage);
            return 2;
        }

        // Ctrl+C or a TERM unwinds the run instead of ending the process, so the server and the cluster
        // are stopped and their files deleted.
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
            BenchResult result;
            await using (var run = new BenchRun(options, loggers))
            {
                result = await run.ExecuteAsync(cancel.Token);
            }

            var summary = result.Summary();
            Console.WriteLine();
            Console.WriteLine(summary);
            Directory.CreateDirectory(options.ResultsDirectory);
            var resultsFile = Path.Combine(options.ResultsDirectory, $"{result.At:yyyyMMdd-HHmmss}-c{options.Concurrency}.txt");
            await File.WriteAllTextAsync(resultsFile, summary, CancellationToken.None);
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
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            log.LogWarning("Cancelled");
            return 130;
        }
        catch (Exception e)
        {
            log.LogError(e, "The benchmark failed");
            return 1;
        }
    }

    /// <summary>The checkout whose server build is measured: the last --repo given. bench/run.sh passes its own checkout
    /// first, so a --repo on its command line (a worktree of the base, for a before/after pair) is the one that counts.</summary>
    private static string Repository(string[] args) =>
        Array.LastIndexOf(args, "--repo") is var r and >= 0 && r + 1 < args.Length ? Path.GetFullPath(args[r + 1]) : BenchOptions.Parse([]).RepositoryRoot;

    /// <summary>bench/run.sh --realtime [--clients N] [--documents N] [--rounds N] [--keep DIR]: match pushes, search and memory.</summary>
    private static async Task<int> RunRealtimeAsync(string[] args)
    {
        int Option(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var repository = Repository(args);
        using var cancel = new CancellationTokenSource();
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        try
        {
            var experiment = args.Select((a, i) => (a, i)).Where(x => x.a == "--server-env" && x.i + 1 < args.Length)
                .Select(x => args[x.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length == 2 ? kv[1] : throw new ArgumentException("--server-env needs NAME=value."));
            return await RealtimeBench.RunAsync(
                new RealtimeBench.Settings(repository, Option("--clients", 1000), Option("--documents", 100_000), Option("--rounds", 20), experiment,
                    Array.IndexOf(args, "--keep") is var k and >= 0 ? Path.GetFullPath(args[k + 1]) : null), loggers, cancel.Token);
        }
        catch (Exception e)
        {
            loggers.CreateLogger("bench").LogError(e, "The realtime benchmark failed");
            return 1;
        }
    }

    /// <summary>bench/run.sh --ranking [--documents N] [--passes N] [--keep DIR] [--allocations]: the matcher's ranking and the search, in-process.</summary>
    private static async Task<int> RunRankingAsync(string[] args)
    {
        int Option(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var repository = Repository(args);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        return await RankingBench.RunAsync(
            repository, Option("--documents", 100_000), Option("--passes", 3), Array.IndexOf(args, "--keep") is var k and >= 0 ? Path.GetFullPath(args[k + 1]) : null,
            args.Contains("--allocations"), loggers.CreateLogger("ranking"), cancel.Token);
    }

    /// <summary>bench/run.sh --statistics [--events N] [--repo checkout]: the statistics cube at scale only.</summary>
    private static async Task<int> RunStatisticsAsync(string[] args)
    {
        var events = Array.IndexOf(args, "--events") is var e and >= 0 && e + 1 < args.Length
            ? int.Parse(args[e + 1], System.Globalization.CultureInfo.InvariantCulture)
            : 1_000_000;
        var repository = Repository(args);
        using var cancel = new CancellationTokenSource();
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        try
        {
            return await StatisticsBench.RunAsync(repository, events, loggers, cancel.Token);
        }
        catch (Exception failure)
        {
            loggers.CreateLogger("bench").LogError(failure, "The statistics benchmark failed");
            return 1;
        }
    }

    /// <summary>bench/run.sh --web [--runs N] [--repo checkout]: the web app's first loads only.</summary>
    private static async Task<int> RunWebAsync(string[] args)
    {
        var runs = 5;
        var repository = Repository(args);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length)
            {
                runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        using var cancel = new CancellationTokenSource();
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        try
        {
            return await WebBench.RunAsync(repository, runs, loggers, cancel.Token);
        }
        catch (Exception e)
        {
            loggers.CreateLogger("bench").LogError(e, "The web benchmark failed");
            return 1;
        }
    }
}
