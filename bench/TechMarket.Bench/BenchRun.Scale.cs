using System.Diagnostics;
using System.Net.Http.Headers;

namespace TechMarket.Bench;

/// <summary>With --events N: the store grown to N events, then the same bid window again, and the board and "my bids"
/// read one request at a time.</summary>
internal sealed partial class BenchRun
{
    private const int QueryWarmUps = 5;
    private const int QueryTimings = 40;

    private async Task<ScaleResult> MeasureAtScaleAsync(
        HttpClient http, int events, double needTps, double emptyBidTps, string database, CpuMeter cpu, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var reached = await StoreAtScale.GrowAsync(database, events, _log, ct);
        var loadSeconds = (DateTime.UtcNow - started).TotalSeconds;
        _log.LogInformation("The store holds {Reached} events ({Seconds:0} s of bulk load)", reached, loadSeconds);
        // The bid window waits until the server is idle (its readers caught up with the bulk load); so do the reads.
        var window = await MeasureBidWindowAsync(http, needTps, database, cpu, $"bid submit at {StoreAtScale.Label(events)}", ct);
        _log.LogInformation("Bids at {Events} events: {Tps:0.0} tps against {Empty:0.0} on the store as the run left it", reached, window.Window.Tps, emptyBidTps);

        await _idle!.WaitAsync($"board and my bids at {StoreAtScale.Label(events)}", ct);
        var board = await TimeAsync(http, "/api/challenges?page=1", null, ct);
        // The first page, as the screen asks for it (like the board's): "my bids" is paged since issue 14's fourth round.
        var mine = await TimeAsync(http, "/api/bids/mine?page=1", _bidders[0][0], ct);
        var plans = await ScalePlans.ExplainAsync(database, ct);
        _log.LogInformation("Plans of the board and my bids at {Events} events:\n{Plans}", reached, plans);
        return new ScaleResult(events, reached, loadSeconds, window.Window, window.Cpu, emptyBidTps, board, mine, plans);
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
    int Events, long Reached, double LoadSeconds, SubmitWindow Bids, CpuBudget Cpu, double EmptyBidTps, double BoardP95Ms, double MyBidsP95Ms,
    string Plans)
{
    public string Label => StoreAtScale.Label(Events);

    public double Ratio => Bids.Tps / EmptyBidTps;
}
