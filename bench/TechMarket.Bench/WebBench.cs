using System.Globalization;
using System.Text;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.Bench;

/// <summary>
/// <c>bench/run.sh --web [--runs 5]</c>: the web app's cold first loads against the local server (Release build, its
/// own throwaway cluster with the demo data, serving web/dist), written to docs/PERFORMANCE.md between the
/// bench-web markers. Goals: first load ≤ 1500 ms, JavaScript of a first visit ≤ 600 KB gzip.
/// </summary>
internal static class WebBench
{
    public static async Task<int> RunAsync(string repository, int runs, ILoggerFactory loggers, CancellationToken ct)
    {
        var log = loggers.CreateLogger("bench");
        var home = Path.Combine(Path.GetTempPath(), "techmarket-bench-web-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = Path.Combine(home, "postgres") }, home,
            loggers.CreateLogger<EmbeddedPostgres>(), ct);
        try
        {
            var assembly = Path.Combine(repository, "src", "TechMarket.Server", "bin", "Release", "net10.0", "TechMarket.Server.dll");
            await using var server = await ServerProcess.StartAsync(assembly, cluster.ConnectionString, ct, new Dictionary<string, string>
            {
                ["WebApp__Path"] = Path.Combine(repository, "web", "dist"),
                ["Auth__WebRedirectUris__0"] = "{address}/auth/callback",
                ["Auth__WebPostLogoutRedirectUris__0"] = "{address}/",
            });
            log.LogInformation("Server ready at {Address}; {Runs} cold loads of each screen in Chromium", server.BaseAddress, runs);
            var loads = await WebFirstLoad.MeasureAsync(server.BaseAddress, runs, ct);
            var block = Report(loads, runs);
            Console.WriteLine(block);
            await PerformanceReport.UpdateAsync(Path.Combine(repository, "docs", "PERFORMANCE.md"), "bench-web", "bench/run.sh --web", block, ct);
            return 0;
        }
        finally
        {
            await cluster.StopAsync();
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Report(IReadOnlyList<WebFirstLoad.Load> loads, int runs)
    {
        var text = new StringBuilder();
        var at = DateTimeOffset.UtcNow;
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {at:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} CPUs, headless Debian Chromium, loopback.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `bench/run.sh --web --runs {runs}` (median of {runs} cold loads per screen, signed in, empty HTTP cache)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- web_first_load_ms: {Math.Round(loads.Max(l => l.MedianMs))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- web_js_gzip_kb: {Math.Round(loads.Max(l => l.JsGzipBytes) / 1024.0)}");
        text.AppendLine();
        text.AppendLine("| screen | median ms | all runs (ms) | scripts | JavaScript, gzip KB |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var load in loads)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {load.Screen} | {Math.Round(load.MedianMs)} | {string.Join(", ", load.Milliseconds.Select(m => Math.Round(m)))} | {load.Scripts} | {Math.Round(load.JsGzipBytes / 1024.0)} |");
        }

        return text.ToString();
    }
}
