using System.Diagnostics;
using System.Net.Http.Headers;

namespace TechMarket.Bench;

/// <summary>With --events N: the store grown to N events, then the same bid window again, and the board and "my bids"
/// read one request at a time.</summary>
internal sealed partial class BenchRun
{
    private const int QueryWarmUps = 5;
    private const int QueryTimings = 40;
    private static readonly TimeSpan SettleLimit = TimeSpan.FromMinutes(5);

    private async Task<ScaleResult> MeasureAtScaleAsync(
        HttpClient http, int events, double needTps, double emptyBidTps, string database, CpuMeter cpu, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var reached = await StoreAtScale.GrowAsync(database, events, _log, ct);
        var loadSeconds = (DateTime.UtcNow - started).TotalSeconds;
        _log.LogInformation("The store holds {Reached} events ({Seconds:0} s of bulk load)", reached, loadSeconds);
        var settled = await SettleAsync(ct);
        _log.LogInformation("Server idle again after {Seconds:0} s (its daemons and the search index caught up)", settled.TotalSeconds);

        var window = await MeasureBidWindowAsync(http, needTps, database, cpu, ct);
        _log.LogInformation("Bids at {Events} events: {Tps:0.0} tps against {Empty:0.0} on the store as the run left it", reached, window.Window.Tps, emptyBidTps);

        var board = await TimeAsync(http, "/api/challenges?page=1", null, ct);
        var mine = await TimeAsync(http, "/api/bids/mine", _bidders[0][0], ct);
        return new ScaleResult(events, reached, loadSeconds, window.Window, window.Cpu, emptyBidTps, board, mine);
    }

    /// <summary>Waits until the server spends under a tenth of a core for two seconds running: a store that grew in bulk
    /// gives its asynchronous readers (statistics daemon, search index, matching) a backlog a grown-up store would not have.</summary>
    private async Task<TimeSpan> SettleAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var process = _server!.Process;
        process.Refresh();
        var last = process.TotalProcessorTime;
        while (watch.Elapsed < SettleLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            process.Refresh();
            var now = process.TotalProcessorTime;
            if ((now - last).TotalSeconds < 0.2)
            {
                return watch.Elapsed;
            }

            last = now;
        }

        _log.LogWarning("The server was still busy after {Minutes} minutes; measuring anyway", SettleLimit.TotalMinutes);
        return watch.Elapsed;
    }

    /// <summary>The 95th percentile of one reader's sequential GETs (after a warm-up), in milliseconds.</summary>
    private static async Task<double> TimeAsync(HttpClient http, string path, string? token, CancellationToken ct)
    {
        var latencies = new List<double>();
        for (var i = 0; i < QueryWarmUps + QueryTimings; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            watch.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
            }

            if (i >= QueryWarmUps)
            {
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        return latencies[Math.Min(latencies.Count - 1, (int)(0.95 * latencies.Count))];
    }
}

/// <summary>The bid window and the reads on a store grown to <paramref name="Events"/>.</summary>
internal sealed record ScaleResult(
    int Events, long Reached, double LoadSeconds, SubmitWindow Bids, CpuBudget Cpu, double EmptyBidTps, double BoardP95Ms, double MyBidsP95Ms)
{
    public string Label => StoreAtScale.Label(Events);

    public double Ratio => Bids.Tps / EmptyBidTps;
}
