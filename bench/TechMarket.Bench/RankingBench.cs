using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TechMarket.Server.Modules.Matching;
using TechMarket.Server.Modules.Search;

namespace TechMarket.Bench;

/// <summary>
/// bench/run.sh --ranking: the matcher's ranking and the search, in-process, over the realtime bench's synthetic index
/// (written to a temporary directory and opened from disk like the server's), so their cost is measured without the
/// daemon, SignalR or HTTP. Each pass ranks the evaluation set's 40 needs (and the realtime bench's own need) for
/// universities and institutes with the live code; the first pass is cold (JIT, caches), later passes warm. Then the
/// realtime bench's search queries run in-process. Prints per-step figures; writes nothing into docs/.
/// </summary>
internal static class RankingBench
{
    private sealed record EvalNeed(string Id, string Field, decimal BudgetMax, int MonthsToDelivery, string Title, string Summary);

    private sealed record EvalSet(List<EvalNeed> Needs);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The realtime bench's need (RealtimeBench.SubmittedNeedAsync), as the matcher sees it once accepted.</summary>
    private static readonly EvalNeed BenchNeed = new("bench", "0103", 2_000_000m, 12, "集装箱码头集卡调度与堆场箱位分配优化 第1期",
        "寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶。");

    /// <param name="keep">An index directory to build once and use again in later runs (with --keep DIR), instead of a
    /// temporary one: building 100,000 documents takes two minutes. Delete it when the index layout changes.</param>
    /// <param name="allocations">Whether to sample what the last pass allocates, by type (<see cref="AllocationTypes"/>).</param>
    public static async Task<int> RunAsync(string repository, int documents, int passes, string? keep, bool allocations, ILogger log, CancellationToken ct)
    {
        var directory = keep ?? Path.Combine(Path.GetTempPath(), $"techmarket-ranking-{Environment.ProcessId}");
        try
        {
            var building = Stopwatch.StartNew();
            if (keep is null || !Directory.Exists(keep))
            {
                await SyntheticAchievements.BuildAsync(repository, directory, documents, log, ct);
            }

            log.LogInformation("Index of {Documents} documents built in {Seconds:0} s: {Size}", documents, building.Elapsed.TotalSeconds, SizeOf(directory));
            var set = JsonSerializer.Deserialize<EvalSet>(
                await File.ReadAllTextAsync(Path.Combine(repository, "tests", "TechMarket.UnitTests", "Matching", "evaluation-set.json"), ct),
                Json)!;
            List<EvalNeed> needs = [BenchNeed, .. set.Needs];
            using var index = SearchIndex.OnDisk(directory);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            using var sampled = allocations ? new AllocationTypes() : null;
            for (var pass = 1; pass <= passes; pass++)
            {
                var all = new List<RankingSteps>();
                if (pass == passes)
                {
                    sampled?.Start();
                }

                foreach (var need in needs)
                {
                    ct.ThrowIfCancellationRequested();
                    var text = $"{need.Title}\n{need.Summary}";
                    var steps = new RankingSteps();
                    var started = Stopwatch.GetTimestamp();
                    var want = new Want(TextTerms.Of(index.Analyzer, text), [need.Field], need.BudgetMax,
                        MatchScoring.DesiredTrl(today.AddMonths(need.MonthsToDelivery), today), "330203");
                    MatchFinder.RankOffers(index, text, want, 200, steps: steps);
                    all.Add(steps);
                    if (need == BenchNeed)
                    {
                        log.LogInformation("Pass {Pass}, the realtime bench's need: {Total:0.0} ms ({Steps}; {Pairs})", pass, Stopwatch.GetElapsedTime(started).TotalMilliseconds, steps, steps.Pairs());
                    }
                }

                log.LogInformation(
                    "Pass {Pass}, {Count} rankings: total p50 {P50:0.0} ms, p95 {P95:0.0} ms, mean {Mean:0.0} ms, the thread's CPU p50 {Cpu:0.0} ms; per step p50: words {Words:0.0}, retrieval {Retrieval:0.0} (hits p50 {Hits}), loading {Loading:0.0}, vocabulary {Vocabulary:0.0}, scoring {Scoring:0.0} ms",
                    pass, all.Count, Percentile(all, s => s.Total, 50), Percentile(all, s => s.Total, 95), all.Average(s => s.Total), Percentile(all, s => s.Cpu, 50),
                    Percentile(all, s => s.Words, 50), Percentile(all, s => s.Retrieval, 50), Percentile(all, s => s.Hits, 50),
                    Percentile(all, s => s.Loading, 50), Percentile(all, s => s.Vocabulary, 50), Percentile(all, s => s.Scoring, 50));
            }

            sampled?.Stop();
            if (sampled is not null)
            {
                log.LogInformation("The last pass allocated, by type (sampled): {Types}", sampled.Top(20));
            }

            Searches(index, log);
            return 0;
        }
        finally
        {
            if (keep is null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>The realtime bench's 300 searches (SearchesAsync), in-process: the search itself, without HTTP.</summary>
    private static void Searches(SearchIndex index, ILogger log)
    {
        string[] words = ["正极材料 包覆", "反渗透膜 抗污染", "减速器 精度", "光伏 隐裂 检测", "废水 重金属 回收", "无人机 续航", "心电 监测", "胶原蛋白 发酵",
            "余热 发电", "焊缝 跟踪", "专利 布局", "电解 制氢", "聚乳酸 耐热", "工控 安全", "储能 电池 管理"];
        var latencies = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var results = Searching.Run(index, new SearchQuery(words[i % words.Length]), 1, 20);
            _ = JsonSerializer.SerializeToUtf8Bytes(results, Json);
            if (i >= words.Length)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        log.LogInformation("{Count} searches in-process (with the answer serialised): p50 {P50:0.0} ms, p95 {P95:0.0} ms",
            latencies.Count, Percentile(latencies, l => l, 50), Percentile(latencies, l => l, 95));
    }

    private static double Percentile<T>(IEnumerable<T> items, Func<T, double> value, int percentile)
    {
        var sorted = items.Select(value).Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>The index's size on disk by kind of file (Lucene 4.8's extensions), to see what the mapped part is made of.</summary>
    private static string SizeOf(string directory) => string.Join(", ", new DirectoryInfo(directory).GetFiles()
        .GroupBy(f => f.Extension)
        .Select(g => (Extension: g.Key, Bytes: g.Sum(f => f.Length)))
        .OrderByDescending(g => g.Bytes)
        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Extension} {g.Bytes / 1048576.0:0.0} MB"))
        .Prepend(string.Create(CultureInfo.InvariantCulture, $"{new DirectoryInfo(directory).GetFiles().Sum(f => f.Length) / 1048576.0:0.0} MB in all")));
}
