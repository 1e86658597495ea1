using System.Globalization;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.Bench;

/// <summary>One run: a throwaway cluster, the pgbench limit on it, then the real server on the same cluster
/// under the same concurrency. Disposing stops the server and the cluster and deletes their files.</summary>
internal sealed partial class BenchRun(BenchOptions options, ILoggerFactory loggers) : IAsyncDisposable
{
    private const int AcceptedNeedsForChallenges = 200;

    /// <summary>Users of approved enterprises (DemoCatalog), one per worker, reused when there are more workers.</summary>
    private static readonly string[] EnterpriseUsers =
    [
        "enterprise@techmarket.demo", "enterprise.haishu@techmarket.demo", "enterprise.beilun@techmarket.demo",
        "enterprise.cixi@techmarket.demo", "enterprise.yuyao@techmarket.demo", "enterprise.yinzhou@techmarket.demo",
    ];

    /// <summary>Approved demo universities and institutes; further bidders are registered and approved by the bench.</summary>
    private static readonly string[] DemoBidders = ["university@techmarket.demo", "institute@techmarket.demo"];

    private const string DemoPassword = "Demo@2026!";
    private const string CityBureau = "bureau@techmarket.demo";
    private const int InitialDraftsPerWorker = 200;

    /// <summary>Bidder organisations per worker: a challenge takes C × this many first bids, so fewer challenges
    /// need publishing before the window (each worker's organisations still bid one after the other).</summary>
    private const int BiddersPerWorker = 4;

    private readonly ILogger _log = loggers.CreateLogger("bench");
    private readonly string _home = CreateHome();
    private EmbeddedPostgres? _cluster;
    private ServerProcess? _server;
    private List<IReadOnlyList<string>> _bidders = [];
    private StripeStandIn? _stripe;
    private ChallengeSetup? _bidSetup;
    private ServerIdle? _idle;
    private int _postmasterPid;
    private BackendSplit? _split;

    public async Task<BenchResult> ExecuteAsync(CancellationToken ct)
    {
        var clusterOptions = new EmbeddedPostgresOptions { DataDirectory = Path.Combine(_home, "postgres") };
        var clusterLog = loggers.CreateLogger<EmbeddedPostgres>();
        _cluster = await EmbeddedPostgres.StartAsync(clusterOptions, _home, clusterLog, ct);
        if (options.Profile)
        {
            _cluster = await StatementProfile.EnableAsync(_cluster, clusterOptions, clusterLog, ct);
        }

        var database = _cluster.ConnectionString;
        var machine = await MachineInfo.DescribeAsync(database, ct);
        _postmasterPid = await PostmasterPidAsync(_cluster.DataDirectory, ct);
        var cpu = new CpuMeter(_postmasterPid);

        _log.LogInformation("pgbench: single-row INSERT, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        await ResetProfileAsync(database, ct);
        var insert = await PgbenchInsert.RunAsync(database, options.Concurrency, options.Seconds, _home, cpu, ct);
        var insertProfile = await ProfileAsync(database, insert.Transactions, ct);
        _log.LogInformation("pgbench: {Tps:0.0} tps", insert.Tps);

        var serverDatabase = options.ServerNpgsql is null ? database : $"{database};{options.ServerNpgsql}";
        _stripe = await StripeStandIn.StartAsync();
        var serverEnvironment = new Dictionary<string, string>(options.ServerEnvironment)
        {
            // A search index of its own, in the run's folder: the default (.data/search beside the server) outlived the run
            // and its cluster, and an index left by a longer run was ahead of this run's events, so the feeder indexed
            // nothing and the idle wait read it as caught up.
            ["Search__IndexDirectory"] = Path.Combine(_home, "search"),
            ["Stripe__SecretKey"] = StripeStandIn.SecretKey, ["Stripe__WebhookSecret"] = StripeStandIn.WebhookSecret, ["Stripe__ApiBase"] = _stripe.Address,
        };
        _server = await ServerProcess.StartAsync(options.ServerAssembly, serverDatabase, ct, serverEnvironment);
        cpu = cpu.WithServer(_server.Process);
        _log.LogInformation("Server ready at {Address}; signing in {Count} users", _server.BaseAddress, options.Concurrency);
        var tokens = new List<string>();
        for (var worker = 0; worker < options.Concurrency; worker++)
        {
            tokens.Add(await OidcSignIn.AccessTokenAsync(_server.BaseAddress, EnterpriseUsers[worker % EnterpriseUsers.Length], DemoPassword, ct));
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
        {
            BaseAddress = _server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // The city bureau operates the search index, so its token reads where this node's index stands.
        _idle = new ServerIdle(database, _server.Process, http, await OidcSignIn.AccessTokenAsync(_server.BaseAddress, CityBureau, DemoPassword, ct), _log);
        var load = new NeedSubmitLoad(http, tokens);
        var submit = await MeasureSubmitsAsync(load, database, cpu, ct);
        var submitProfile = await ProfileAsync(database, submit.Window.Succeeded, ct);
        var need = new CommandResult("need_submit", "need submit",
            "Authenticated need submits over HTTP (POST /api/needs/{id}/submit)", submit.Window, submit.Cpu, submitProfile);

        if (options.CommandsOnly)
        {
            var onlyBids = await MeasureBidsAsync(http, tokens[0], submit.Window.Tps, database, cpu, ct);
            var onlyBid = new CommandResult("bid_submit", "bid submit",
                "Authenticated sealed-bid submissions over HTTP (POST /api/challenges/{id}/bids)", onlyBids.Window, onlyBids.Cpu,
                await ProfileAsync(database, onlyBids.Window.Succeeded, ct));
            return new BenchResult(options, machine, DateTimeOffset.UtcNow, insert, insertProfile, [need, onlyBid]) { IdleWaits = _idle.Waits };
        }

        await _idle.WaitAsync("need same-SQL", ct);
        _log.LogInformation("pgbench: a need submit's own SQL, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        await ResetProfileAsync(database, ct);
        var needSql = await SameSqlNeed.RunAsync(database, options.Concurrency, options.Seconds, _home, cpu, ct);
        var needSqlProfile = await ProfileAsync(database, needSql.Transactions, ct);
        _log.LogInformation("pgbench, need SQL: {Tps:0.0} tps", needSql.Tps);

        var bids = await MeasureBidsAsync(http, tokens[0], submit.Window.Tps, database, cpu, ct);
        var bidProfile = await ProfileAsync(database, bids.Window.Succeeded, ct);
        var bid = new CommandResult("bid_submit", "bid submit",
            "Authenticated sealed-bid submissions over HTTP (POST /api/challenges/{id}/bids)", bids.Window, bids.Cpu, bidProfile);

        await _idle.WaitAsync("bid same-SQL", ct);
        _log.LogInformation("pgbench: a bid submission's own SQL, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        await ResetProfileAsync(database, ct);
        var bidSql = await SameSqlBid.RunAsync(database, options.Concurrency, options.Seconds, _home, cpu, ct);
        var bidSqlProfile = await ProfileAsync(database, bidSql.Transactions, ct);
        _log.LogInformation("pgbench, bid SQL: {Tps:0.0} tps", bidSql.Tps);

        var peerWindow = await CrudPeerWindow.RunAsync(options, database, _server.BaseAddress, _bidders, cpu, _idle, _log, ct);
        var peer = new CommandResult("crud_peer_bid_submit", "CRUD peer bid submit",
            "The conventional peer's bid submissions (bench/TechMarket.CrudPeer: minimal API, EF Core, one row)", peerWindow.Window, peerWindow.Cpu, null);

        var webhooks = await MeasureWebhooksAsync(http, tokens[0], database, cpu, ct);
        var webhookProfile = await ProfileAsync(database, webhooks.Window.Succeeded, ct);
        var webhook = new CommandResult("milestone_payment_webhook", "payment webhook",
            "Stripe-signed payment_intent.succeeded webhooks, each confirming a milestone payment and writing its ledger entry (POST /api/payments/stripe/webhook)",
            webhooks.Window, webhooks.Cpu, webhookProfile);

        var scale = options.Events is { } events ? await MeasureAtScaleAsync(http, events, submit.Window.Tps, bids.Window.Tps, database, cpu, ct) : null;
        return new BenchResult(options, machine, DateTimeOffset.UtcNow, insert, insertProfile, [need, bid, peer, webhook])
        {
            BidSql = bidSql, BidSqlProfile = bidSqlProfile, NeedSql = needSql, NeedSqlProfile = needSqlProfile, Scale = scale, IdleWaits = _idle.Waits,
        };
    }

    /// <summary>The second window, on the same server and cluster: every worker's bidder organisations submit their
    /// first bid on one published challenge after another. Bidders and challenges are set up first, not timed.</summary>
    private async Task<(SubmitWindow Window, CpuBudget Cpu)> MeasureBidsAsync(
        HttpClient http, string enterpriseToken, double needTps, string database, CpuMeter cpu, CancellationToken ct)
    {
        var server = _server!.BaseAddress;
        var bureau = await OidcSignIn.AccessTokenAsync(server, CityBureau, DemoPassword, ct);
        var needs = new Guid[AcceptedNeedsForChallenges];
        await Parallel.ForEachAsync(Enumerable.Range(0, needs.Length), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct },
            async (i, token) => needs[i] = await BidSubmitLoad.AcceptedNeedAsync(http, enterpriseToken, bureau, token));
        var setup = new ChallengeSetup(bureau, enterpriseToken, needs);

        var bidderCount = options.Concurrency * BiddersPerWorker;
        var emails = new string[bidderCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, bidderCount), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                if (i < DemoBidders.Length)
                {
                    emails[i] = DemoBidders[i];
                    return;
                }

                emails[i] = string.Create(CultureInfo.InvariantCulture, $"bench.university{i}@techmarket.demo");
                await BidSubmitLoad.RegisterUniversityAsync(http, i, emails[i], DemoPassword, bureau, token);
            });
        var bidderTokens = new string[bidderCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, bidderCount), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct },
            async (i, token) => bidderTokens[i] = await OidcSignIn.AccessTokenAsync(server, emails[i], DemoPassword, token));
        _log.LogInformation("Signed in {Count} bidder organisations ({Registered} registered and approved), {PerWorker} per worker",
            bidderCount, Math.Max(0, bidderCount - DemoBidders.Length), BiddersPerWorker);

        // Worker w bids for organisations w, w + C, w + 2C, ..., so the demo bidders go to different workers.
        _bidders = Enumerable.Range(0, options.Concurrency)
            .Select(w => (IReadOnlyList<string>)Enumerable.Range(0, BiddersPerWorker).Select(k => bidderTokens[w + k * options.Concurrency]).ToArray())
            .ToList();
        _bidSetup = setup;
        return await MeasureBidWindowAsync(http, needTps, database, cpu, "bid submit", ct);
    }

    /// <summary>A bid window with the bidders and needs set up before: challenges published ahead, a warm-up, the
    /// measured seconds. Run once on the store as the run left it, and again after --events grew it.</summary>
    private async Task<(SubmitWindow Window, CpuBudget Cpu)> MeasureBidWindowAsync(
        HttpClient http, double needTps, string database, CpuMeter cpu, string windowName, CancellationToken ct)
    {
        var setup = _bidSetup!;
        var load = new BidSubmitLoad(http, _bidders);

        // Enough challenges for twice the need-submit rate over the warm-up; a worker that runs dry during the
        // warm-up only stops early.
        int ChallengesFor(double tps, int seconds, double margin) =>
            (int)Math.Ceiling(tps * seconds * margin / load.BidsPerChallenge) + 1;

        var started = DateTime.UtcNow;
        var published = await load.PublishAheadAsync(ChallengesFor(needTps, options.WarmupSeconds, 2), setup, ct);
        var publishRate = published / (DateTime.UtcNow - started).TotalSeconds;
        _log.LogInformation("Published {Count} challenges at {Rate:0} per second (setup, not measured)", published, publishRate);

        // The warm-up's rate sizes the window's supply of challenges: measured on a server still busy with the setup
        // (or a bulk load), it was half the window's, and a worker ran dry.
        await _idle!.WaitAsync(windowName + " warm-up", ct);
        var warmUp = await load.SubmitAsync(TimeSpan.FromSeconds(options.WarmupSeconds), ct);
        if (warmUp.Succeeded == 0)
        {
            throw new InvalidOperationException($"No bid succeeded during the warm-up: {warmUp.FirstError}");
        }

        // Twice the faster of the warm-up and need-submit rates over the whole window, so no worker runs dry.
        started = DateTime.UtcNow;
        published = await load.PublishAheadAsync(ChallengesFor(Math.Max(warmUp.Tps, needTps), options.Seconds, 2), setup, ct);
        _log.LogInformation("Warm-up {Tps:0.0} bids/s ({Failed} failed); published {Count} more challenges in {Seconds:0.0} s ({Total} in all, {PerChallenge} bids each)",
            warmUp.Tps, warmUp.Failed, published, (DateTime.UtcNow - started).TotalSeconds, load.Challenges, load.BidsPerChallenge);

        await _idle!.WaitAsync(windowName, ct);
        await Sql.ExecuteAsync(database, "checkpoint", ct);
        await ResetProfileAsync(database, ct);
        _log.LogInformation("Measuring bid submits, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        var before = cpu.Snapshot();
        var window = await load.SubmitAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        var after = cpu.Snapshot();
        if (window.RanDry)
        {
            throw new InvalidOperationException("A worker ran out of challenges while measured; the figure would be too low. Run again.");
        }

        return (window, CpuBudget.Between(before, after, window.Succeeded));
    }

    private async Task<(SubmitWindow Window, CpuBudget Cpu)> MeasureSubmitsAsync(NeedSubmitLoad load, string database, CpuMeter cpu, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var drafted = await load.DraftAsync(InitialDraftsPerWorker, ct);
        var draftRate = drafted / (DateTime.UtcNow - started).TotalSeconds;
        _log.LogInformation("Drafted {Count} needs at {Rate:0} per second (setup, not measured)", drafted, draftRate);

        var warmUp = await load.SubmitAsync(TimeSpan.FromSeconds(options.WarmupSeconds), ct);
        if (warmUp.Succeeded == 0)
        {
            throw new InvalidOperationException($"No submit succeeded during the warm-up: {warmUp.FirstError}");
        }

        // Enough drafts for three times the faster of the warm-up rates over the whole window (the warm-up still
        // runs partly unoptimised code and measured rates have been 2x it), so that no worker runs dry while measured.
        var rate = Math.Max(warmUp.Tps, draftRate);
        var perWorker = (int)Math.Ceiling(rate * options.Seconds * 3 / load.Workers) + InitialDraftsPerWorker;
        started = DateTime.UtcNow;
        drafted = await load.DraftAsync(perWorker, ct);
        _log.LogInformation("Warm-up {Tps:0.0} submits/s; drafted {Count} more needs in {Seconds:0.0} s ({PerWorker} per worker)",
            warmUp.Tps, drafted, (DateTime.UtcNow - started).TotalSeconds, perWorker);

        await _idle!.WaitAsync("need submit", ct);
        await Sql.ExecuteAsync(database, "checkpoint", ct);
        await ResetProfileAsync(database, ct);
        _log.LogInformation("Measuring need submits, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        var before = cpu.Snapshot();
        var window = await load.SubmitAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        var after = cpu.Snapshot();
        if (window.RanDry)
        {
            throw new InvalidOperationException("A worker ran out of drafts while measured; the figure would be too low. Run again.");
        }

        return (window, CpuBudget.Between(before, after, window.Succeeded));
    }

    private async Task ResetProfileAsync(string database, CancellationToken ct)
    {
        if (options.Profile)
        {
            await StatementProfile.ResetAsync(database, ct);
            _split = await BackendSplit.StartAsync(_postmasterPid, database, ct);
        }
    }

    private async Task<string?> ProfileAsync(string database, long transactions, CancellationToken ct)
    {
        if (!options.Profile || transactions == 0)
        {
            return null;
        }

        var split = _split is null ? string.Empty : await _split.DescribeAsync(transactions, ct);
        _split = null;
        _log.LogInformation("After the window, per transaction:{NewLine}{Split}", Environment.NewLine, split.TrimEnd());
        return split + await StatementProfile.DescribeAsync(database, transactions, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_stripe is not null)
        {
            await _stripe.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.StopAsync();
            Delete(_cluster.DataDirectory); // outside _home when the postgres user could not reach it
        }

        Delete(_home);
    }

    /// <summary>A temp folder the postgres system user can walk into (mkdtemp's 0700 would not let it).</summary>
    private static string CreateHome()
    {
        var path = Path.Combine(Path.GetTempPath(), "techmarket-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return path;
    }

    private static async Task<int> PostmasterPidAsync(string dataDirectory, CancellationToken ct)
    {
        var firstLine = (await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "postmaster.pid"), ct))[0];
        return int.Parse(firstLine, CultureInfo.InvariantCulture);
    }

    private void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogWarning("Could not delete {Path}: {Message}", path, e.Message);
        }
    }
}
