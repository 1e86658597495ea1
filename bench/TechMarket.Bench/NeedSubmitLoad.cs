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
    public Task<SubmitWindow> SubmitAsync(TimeSpan duration, CancellationToken ct)
    {
        var authorizations = workerTokens.Select(t => new AuthenticationHeaderValue("Bearer", t)).ToArray();
        return ClosedLoop.RunAsync(http, Workers, worker =>
        {
            if (!_drafts[worker].TryDequeue(out var needId))
            {
                return null;
            }

            var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/needs/{needId}/submit", UriKind.Relative));
            request.Headers.Authorization = authorizations[worker];
            return request;
        }, duration, ct);
    }
}
