using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.Bench;

/// <summary>
/// <c>bench/run.sh --realtime [--clients 1000] [--documents 100000] [--rounds 20]</c>: with the synthetic achievements
/// in the node's index and a thousand SignalR clients connected (half of them the matched university's user), the time
/// from the accept command's response to the match notice's receipt at every matching client; search p95 over the
/// same corpus; the server's resident memory. Then the same rounds with the daemon left to its polling (no LISTEN/NOTIFY
/// wake-up), for the floor it sets. Written to docs/PERFORMANCE.md between the bench-realtime markers.
/// </summary>
internal static class RealtimeBench
{
    private const string Password = "Demo@2026!";
    private const string Matched = "university@techmarket.demo";
    // Nobody the need fits: the demo broker is left out, it follows 镇海区, where the bench's enterprise is.
    private static readonly string[] Others = ["institute@techmarket.demo", "enterprise.haishu@techmarket.demo", "expert@techmarket.demo", "bureau.haishu@techmarket.demo"];

    /// <param name="ServerEnvironment">Experiments: environment variables for the server process only (--server-env
    /// NAME=value); a run with any is not written into docs/PERFORMANCE.md.</param>
    /// <param name="Keep">A synthetic index to build once (with --keep DIR) and copy into each later run instead of building
    /// it again (minutes on a busy machine): for A/B runs. Delete it when the index layout or --documents changes.</param>
    public sealed record Settings(
        string Repository, int Clients, int Documents, int Rounds, IReadOnlyDictionary<string, string> ServerEnvironment, string? Keep = null);

    public static async Task<int> RunAsync(Settings settings, ILoggerFactory loggers, CancellationToken ct)
    {
        var log = loggers.CreateLogger("bench");
        var home = Path.Combine(Path.GetTempPath(), "techmarket-bench-realtime-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(home, (UnixFileMode)0b111_101_101);
        var cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataDirectory = Path.Combine(home, "postgres") }, home,
            loggers.CreateLogger<EmbeddedPostgres>(), ct);
        try
        {
            var indexDirectory = Path.Combine(home, "search");
            if (settings.Keep is null)
            {
                await SyntheticAchievements.BuildAsync(settings.Repository, indexDirectory, settings.Documents, log, ct);
            }
            else
            {
                if (!Directory.Exists(settings.Keep))
                {
                    await SyntheticAchievements.BuildAsync(settings.Repository, settings.Keep, settings.Documents, log, ct);
                }

                // The server writes into its index (the demo's documents), so each run starts from a copy.
                Directory.CreateDirectory(indexDirectory);
                foreach (var file in Directory.GetFiles(settings.Keep))
                {
                    File.Copy(file, Path.Combine(indexDirectory, Path.GetFileName(file)));
                }
            }

            var assembly = Path.Combine(settings.Repository, "src", "TechMarket.Server", "bin", "Release", "net10.0", "TechMarket.Server.dll");
            Measured woken;
            double pollingP50;
            await using (var server = await StartAsync(assembly, cluster.ConnectionString, indexDirectory, listenNotify: true, settings.ServerEnvironment, ct))
            {
                log.LogInformation("Server ready at {Address} in {Seconds:0.0} s", server.BaseAddress, server.StartedIn.TotalSeconds);
                await WarmedUpAsync(server, log, ct);
                woken = await MeasureAsync(server, indexDirectory, settings.Clients, settings.Rounds, log, ct);
            }

            await using (var server = await StartAsync(assembly, cluster.ConnectionString, indexDirectory, listenNotify: false, settings.ServerEnvironment, ct))
            {
                log.LogInformation("Again with the daemon polling only");
                await WarmedUpAsync(server, log, ct);
                pollingP50 = Percentile((await MeasureAsync(server, indexDirectory, Math.Min(100, settings.Clients), Math.Max(5, settings.Rounds / 2), log, ct)).Latencies, 50);
            }

            var block = Report(settings, woken, pollingP50);
            Console.WriteLine(block);
            Console.WriteLine(woken.Steps);
            if (settings.ServerEnvironment.Count > 0)
            {
                log.LogInformation("An experiment (--server-env): docs/PERFORMANCE.md is left as it is");
                return 0;
            }

            await PerformanceReport.UpdateAsync(Path.Combine(settings.Repository, "docs", "PERFORMANCE.md"), "bench-realtime", "bench/run.sh --realtime", block, ct);
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

    private static Task<ServerProcess> StartAsync(
        string assembly, string connection, string index, bool listenNotify, IReadOnlyDictionary<string, string> experiment, CancellationToken ct) =>
        ServerProcess.StartAsync(assembly, connection, ct, new Dictionary<string, string>(experiment)
        {
            ["Search__IndexDirectory"] = index,
            ["Realtime__ListenNotify"] = listenNotify ? "true" : "false",
            ["Logging__LogLevel__TechMarket.Server.Modules"] = Environment.GetEnvironmentVariable("TECHMARKET_BENCH_SERVER_LOG") is { Length: > 0 } ? "Debug" : "Warning",
            // The step timings of the push path and of a search, one debug line per matched page and per search, always:
            // the bench summarises them (Timelines).
            ["Logging__LogLevel__TechMarket.Server.Modules.Notifications.RealtimeSubscription"] = "Debug",
            ["Logging__LogLevel__TechMarket.Server.Modules.Search.SearchTiming"] = "Debug",
            ["Logging__LogLevel__TechMarket.Server.Modules.Matching.MatcherWarmUp"] = "Information",
        });

    /// <summary>Waits for the node's matcher warm-up to end before the rounds.</summary>
    private static async Task WarmedUpAsync(ServerProcess server, ILogger log, CancellationToken ct)
    {
        var waiting = Stopwatch.StartNew();
        await server.WarmedUp.WaitAsync(TimeSpan.FromMinutes(5), ct);
        log.LogInformation("The matcher's warm-up ended {Seconds:0.0} s after the server was ready", waiting.Elapsed.TotalSeconds);
    }

    private sealed record Measured(List<double> Latencies, List<double> Searches, ResidentMemory Memory, int Matching, int Connected, string Steps);

    private static async Task<Measured> MeasureAsync(ServerProcess server, string indexDirectory, int clients, int rounds, ILogger log, CancellationToken ct)
    {
        var tokens = new Dictionary<string, string>();
        foreach (var email in Others.Append(Matched).Append("enterprise@techmarket.demo").Append("bureau.zhenhai@techmarket.demo"))
        {
            tokens[email] = await OidcSignIn.AccessTokenAsync(server.BaseAddress, email, Password, ct);
        }

        var receipts = new ConcurrentDictionary<(int Client, string Need), long>();
        var connections = new List<HubConnection>();
        var matching = clients / 2;
        for (var batch = 0; batch < clients; batch += 50)
        {
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(50, clients - batch)).Select(async i =>
            {
                var token = i < matching ? tokens[Matched] : tokens[Others[i % Others.Length]];
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(server.BaseAddress, "/hubs/market"), o =>
                    {
                        o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                        o.Transports = HttpTransportType.WebSockets;
                        o.SkipNegotiation = true;
                    })
                    .Build();
                connection.On<JsonElement>("notice", notice =>
                {
                    if (notice.GetProperty("values").TryGetProperty("subjectId", out var subject))
                    {
                        receipts.TryAdd((i, subject.GetString()!), Stopwatch.GetTimestamp());
                    }
                });
                await connection.StartAsync(ct);
                lock (connections)
                {
                    connections.Add(connection);
                }
            }));
        }

        log.LogInformation("{Clients} clients connected ({Matching} of the matched university)", connections.Count, matching);
        server.TakeTimelines(); // the start's (the demo's own matches) are not the rounds'
        var pushes = new List<string>();
        using var enterprise = Client(server, tokens["enterprise@techmarket.demo"]);
        using var bureau = Client(server, tokens["bureau.zhenhai@techmarket.demo"]);
        var latencies = new List<double>();
        // Round 0 is a warm-up, not counted (as the command windows' first seconds and each search query's first round):
        // the first notice on each of the thousand connections finds both ends cold — the server's first write to each
        // connection and the clients' first receive and dispatch of a notice (JIT, each connection's first buffers) took
        // the first round to 118–155 ms where the next ones took 55–110 (bench runs of 2026-12-02, 13:10–13:38 UTC).
        for (var round = 0; round <= rounds; round++)
        {
            var need = await SubmittedNeedAsync(enterprise, round, ct);
            var accepted = await bureau.PostAsJsonAsync($"/api/needs/{need}/accept", new { }, ct);
            var answeredAt = Stopwatch.GetTimestamp();
            var answeredUtc = DateTime.UtcNow;
            accepted.EnsureSuccessStatusCode();
            var until = DateTime.UtcNow.AddSeconds(30);
            while (Enumerable.Range(0, matching).Any(i => !receipts.ContainsKey((i, need))) && DateTime.UtcNow < until)
            {
                await Task.Delay(5, ct);
            }

            var arrived = Enumerable.Range(0, matching).Where(i => receipts.ContainsKey((i, need))).ToList();
            var roundLatencies = arrived.Select(i => Stopwatch.GetElapsedTime(answeredAt, receipts[(i, need)]).TotalMilliseconds).ToList();
            var strays = receipts.Keys.Count(k => k.Need == need && k.Client >= matching);
            if (arrived.Count < matching || strays > 0)
            {
                throw new InvalidOperationException($"Round {round}: {arrived.Count} of {matching} matching clients got the match, {strays} others did.");
            }

            if (round == 0)
            {
                await Task.Delay(500, ct); // its timeline line, written after its push
                server.TakeTimelines();
            }
            else
            {
                latencies.AddRange(roundLatencies);
            }

            log.LogInformation("Round {Round}{WarmUp}: {Arrived}/{Matching} matching clients, {Strays} others; answered at {Answered:HH:mm:ss.fff}, then first {First:0.0}, p50 {Median:0.0}, last {Last:0.0} ms; p50 so far {P50:0} ms",
                round, round == 0 ? " (warm-up, not counted)" : string.Empty, arrived.Count, matching, strays, answeredUtc, roundLatencies.Min(),
                Percentile(roundLatencies, 50), roundLatencies.Max(), Percentile(latencies, 50));
        }

        await Task.Delay(500, ct); // the last round's timeline line, written after its push
        pushes.AddRange(server.TakeTimelines());
        var searches = await SearchesAsync(server, tokens[Matched], ct);
        await Task.Delay(500, ct);
        var searchLines = server.TakeTimelines().Skip(15).ToList(); // as the client's figures: the first round of each query warms the caches
        var memory = ResidentMemory.Of(server.Process.Id, indexDirectory);
        log.LogInformation("Resident: {Total:0} MB (Pss {Pss:0}, private {Private:0}), {Anonymous:0} MB anonymous, {Shared:0} MB shared, {Index:0} MB of the index's files; the mappings with most (MB): {Files}",
            memory.TotalMb, memory.ProportionalMb, memory.PrivateMb, memory.AnonymousMb, memory.SharedMb, memory.IndexMb, ResidentMemory.LargestOtherFiles(server.Process.Id, indexDirectory));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        var steps = Timelines.Summary(pushes, "Push timeline:", $"The push path per matched page, {rounds} rounds, {clients} clients") + Environment.NewLine +
            Timelines.Summary(searchLines, "Search timeline:", $"A search on the server, {clients} clients connected");
        return new Measured(latencies, searches, memory, matching, connections.Count, steps);
    }

    private static HttpClient Client(ServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static async Task<string> SubmittedNeedAsync(HttpClient enterprise, int round, CancellationToken ct)
    {
        var drafted = await enterprise.PostAsJsonAsync("/api/needs", new
        {
            title = $"集装箱码头集卡调度与堆场箱位分配优化 第{round + 1}期",
            description = "码头作业高峰期集卡排队严重，翻箱率高。",
            field = "0103",
            budgetMin = 500_000m,
            budgetMax = 2_000_000m,
            desiredDelivery = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            publicSummary = "寻求集装箱码头堆场箱位分配与集卡调度优化算法，降低翻箱率和集卡空驶。",
        }, ct);
        drafted.EnsureSuccessStatusCode();
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        (await enterprise.PostAsJsonAsync($"/api/needs/{id}/submit", new { }, ct)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Search latency over the corpus: words from the evaluation set's needs, one query at a time.</summary>
    private static async Task<List<double>> SearchesAsync(ServerProcess server, string token, CancellationToken ct)
    {
        string[] words = ["正极材料 包覆", "反渗透膜 抗污染", "减速器 精度", "光伏 隐裂 检测", "废水 重金属 回收", "无人机 续航", "心电 监测", "胶原蛋白 发酵",
            "余热 发电", "焊缝 跟踪", "专利 布局", "电解 制氢", "聚乳酸 耐热", "工控 安全", "储能 电池 管理"];
        using var client = Client(server, token);
        var latencies = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(words[i % words.Length])}&pageSize=20", ct);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(ct);
            if (i >= 15)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); // the first round of each query warms the caches
            }
        }

        return latencies;
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Report(Settings settings, Measured woken, double pollingP50)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} CPUs, one server process, loopback.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Command: `bench/run.sh --realtime --clients {settings.Clients} --documents {settings.Documents} --rounds {settings.Rounds}` — {settings.Documents:N0} synthetic " +
            $"achievements in the index (beside the demo's own), {woken.Connected} SignalR clients (WebSockets), {woken.Matching} of them the matched university's; " +
            $"{woken.Latencies.Count} receipts over {settings.Rounds} accepted needs (after one not counted: the connections' first notice), once the node's matcher warm-up had ended; " +
            $"{woken.Searches.Count} searches.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- match_push_p50_ms: {Math.Round(Percentile(woken.Latencies, 50))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- match_push_p99_ms: {Math.Round(Percentile(woken.Latencies, 99))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- search_p95_ms_100k: {Math.Round(Percentile(woken.Searches, 95))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients: {Math.Round(woken.Memory.TotalMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- match_push_p50_ms_daemon_polling_only: {Math.Round(pollingP50)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- search_p50_ms_100k: {Math.Round(Percentile(woken.Searches, 50))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients_anonymous: {Math.Round(woken.Memory.AnonymousMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients_mapped_files: {Math.Round(woken.Memory.FilesMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients_shared_memory: {Math.Round(woken.Memory.SharedMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients_mapped_index: {Math.Round(woken.Memory.IndexMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_rss_mb_1k_clients_mapped_other_files: {Math.Round(woken.Memory.OtherFilesMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_pss_mb_1k_clients: {Math.Round(woken.Memory.ProportionalMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- server_private_mb_1k_clients: {Math.Round(woken.Memory.PrivateMb)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- search_index_mb_on_disk: {Math.Round(woken.Memory.IndexOnDiskMb)}");
        return text.ToString();
    }
}
