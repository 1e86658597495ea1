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

    /// <summary>bench/run.sh --web [--runs N] [--repo checkout]: the web app's first loads only.</summary>
    private static async Task<int> RunWebAsync(string[] args)
    {
        var runs = 5;
        var repository = BenchOptions.Parse([]).RepositoryRoot;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length)
            {
                runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--repo" && i + 1 < args.Length)
            {
                repository = Path.GetFullPath(args[++i]);
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
