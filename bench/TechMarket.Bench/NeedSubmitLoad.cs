using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TechMarket.Bench;

/// <summary>C workers, each with its own access token and its own pool of draft needs, submitting them
/// (POST /api/needs/{id}/submit) as fast as the server answers. Drafting is setup and is never timed.</summary>
internal sealed class NeedSubmitLoad(HttpClient http, IReadOnlyList<string> workerTokens)
{
    private readonly Queue<Guid>[] _drafts = workerTokens.Select(_ => new Queue<Guid>()).ToArray();
    private int _drafted;

    public int Workers => workerTokens.Count;

    public int SmallestPool => _drafts.Min(d => d.Count);

    /// <summary>Tops every worker's pool up to <paramref name="perWorker"/> drafts, the workers drafting concurrently.</summary>
    public async Task<int> DraftAsync(int perWorker, CancellationToken ct)
    {
        var created = await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            var pool = _drafts[worker];
            var count = 0;
            while (pool.Count < perWorker)
            {
                var number = Interlocked.Increment(ref _drafted);
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/needs", UriKind.Relative))
                {
                    Content = JsonContent.Create(SampleNeed.Content(number), options: SampleNeed.Json),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workerTokens[worker]);
                using var response = await http.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException(
                        $"Drafting a need failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                }

                var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("A draft came back without a Location.");
                pool.Enqueue(Guid.Parse(location[(location.LastIndexOf('/') + 1)..]));
                count++;
            }

            return count;
        }));
        return created.Sum();
    }

    /// <summary>Every worker submits its drafts for <paramref name="duration"/>; requests in flight at the end still count.</summary>
    public async Task<SubmitWindow> SubmitAsync(TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var workers = await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() => WorkerAsync(w, clock, duration, ct), ct)));
        var elapsed = clock.Elapsed;
        var errors = workers.SelectMany(w => w.Errors)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
        return new SubmitWindow(
            workers.Sum(w => (long)w.Latencies.Count),
            errors,
            workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            elapsed,
            workers.SelectMany(w => w.Latencies).Order().ToArray(),
            workers.Any(w => w.RanDry));
    }

    private sealed class WorkerResult
    {
        public List<double> Latencies { get; } = new(4096);

        public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

        public string? FirstError { get; set; }

        public bool RanDry { get; set; }
    }

    private async Task<WorkerResult> WorkerAsync(int worker, Stopwatch clock, TimeSpan duration, CancellationToken ct)
    {
        var result = new WorkerResult();
        var pool = _drafts[worker];
        var authorization = new AuthenticationHeaderValue("Bearer", workerTokens[worker]);
        while (clock.Elapsed < duration)
        {
            if (!pool.TryDequeue(out var needId))
            {
                result.RanDry = true;
                break;
            }

            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/needs/{needId}/submit", UriKind.Relative));
            request.Headers.Authorization = authorization;
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

internal sealed record SubmitWindow(
    long Succeeded, IReadOnlyDictionary<string, long> Errors, string? FirstError, TimeSpan Elapsed, double[] SortedLatenciesMs, bool RanDry)
{
    public double Tps => Succeeded / Elapsed.TotalSeconds;

    public long Failed => Errors.Values.Sum();

    public double LatencyPercentile(double p) =>
        SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Length - 1, (int)(p * SortedLatenciesMs.Length))];
}
