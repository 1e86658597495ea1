using System.Diagnostics;

namespace TechMarket.Bench;

/// <summary>C workers, each sending its next request as soon as the previous one is answered, for a fixed time.
/// Only 2xx answers count; requests in flight at the end still count.</summary>
internal static class ClosedLoop
{
    /// <param name="next">The next request of a worker, or null when it has none left (it ran dry). Each worker
    /// calls it only for itself, so per-worker state needs no locking.</param>
    public static async Task<SubmitWindow> RunAsync(
        HttpClient http, int workers, Func<int, HttpRequestMessage?> next, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, workers)
            .Select(w => Task.Run(() => WorkerAsync(http, () => next(w), clock, duration, ct), ct)));
        var elapsed = clock.Elapsed;
        var errors = results.SelectMany(w => w.Errors)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
        return new SubmitWindow(
            results.Sum(w => (long)w.Latencies.Count),
            errors,
            results.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            elapsed,
            results.SelectMany(w => w.Latencies).Order().ToArray(),
            results.Any(w => w.RanDry));
    }

    private sealed class WorkerResult
    {
        public List<double> Latencies { get; } = new(4096);

        public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

        public string? FirstError { get; set; }

        public bool RanDry { get; set; }
    }

    private static async Task<WorkerResult> WorkerAsync(
        HttpClient http, Func<HttpRequestMessage?> next, Stopwatch clock, TimeSpan duration, CancellationToken ct)
    {
        var result = new WorkerResult();
        while (clock.Elapsed < duration)
        {
            using var request = next();
            if (request is null)
            {
                result.RanDry = true;
                break;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    continue;
                }

                Count(result, $"HTTP {(int)response.StatusCode}");
                result.FirstError ??= $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
            }
            catch (HttpRequestException e)
            {
                Count(result, e.GetType().Name);
                result.FirstError ??= e.Message;
            }
        }

        return result;
    }

    private static void Count(WorkerResult result, string error) =>
        result.Errors[error] = result.Errors.GetValueOrDefault(error) + 1;
}

/// <summary>One measured (or warm-up) window of HTTP commands.</summary>
internal sealed record SubmitWindow(
    long Succeeded, IReadOnlyDictionary<string, long> Errors, string? FirstError, TimeSpan Elapsed, double[] SortedLatenciesMs, bool RanDry)
{
    public double Tps => Succeeded / Elapsed.TotalSeconds;

    public long Failed => Errors.Values.Sum();

    public double LatencyPercentile(double p) =>
        SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Length - 1, (int)(p * SortedLatenciesMs.Length))];
}
