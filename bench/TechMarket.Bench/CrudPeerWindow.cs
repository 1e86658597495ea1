using System.Diagnostics;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>
/// The conventional peer's window (bench/TechMarket.CrudPeer), after the server's bid window on the same cluster:
/// the same bidder tokens, body and concurrency, each worker's organisations bidding once per challenge. The peer's
/// challenges are rows of its own, copied from one challenge the server published (the peer has no event stream
/// to publish through), as many as the window can take; its organisations are the server's, copied.
/// </summary>
internal static class CrudPeerWindow
{
    /// <summary>Bids per second the peer's supply of challenges is sized for, over warm-up and window.</summary>
    private const int MostBidsPerSecond = 5_000;

    public static async Task<(SubmitWindow Window, CpuBudget Cpu)> RunAsync(
        BenchOptions options, string database, Uri server, IReadOnlyList<IReadOnlyList<string>> bidderTokens, CpuMeter cpu, ServerIdle idle, ILogger log,
        CancellationToken ct)
    {
        await using var peer = await StartPeerAsync(options.PeerAssembly, database, server, ct);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
        {
            BaseAddress = peer.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var load = new BidSubmitLoad(http, bidderTokens);
        var challenges = (MostBidsPerSecond * (options.WarmupSeconds + options.Seconds) / load.BidsPerChallenge) + 1;
        load.Use(await SeedAsync(database, challenges, ct));
        log.LogInformation("CRUD peer ready at {Address} with {Challenges} challenges; warming up", peer.BaseAddress, challenges);

        var warmUp = await load.SubmitAsync(TimeSpan.FromSeconds(options.WarmupSeconds), ct);
        if (warmUp.Succeeded == 0)
        {
            throw new InvalidOperationException($"No peer bid succeeded during the warm-up: {warmUp.FirstError}");
        }

        // The server stays up beside the peer: its leftovers would be measured as the peer's "other".
        await idle.WaitAsync("CRUD peer", ct);
        await Sql.ExecuteAsync(database, "checkpoint", ct);
        log.LogInformation("Measuring the CRUD peer's bid submits, C={Concurrency}, {Seconds} s", options.Concurrency, options.Seconds);
        var peerCpu = cpu.WithServer(peer.Process);
        var before = peerCpu.Snapshot();
        var window = await load.SubmitAsync(TimeSpan.FromSeconds(options.Seconds), ct);
        var after = peerCpu.Snapshot();
        if (window.RanDry)
        {
            throw new InvalidOperationException("The peer ran out of challenges while measured; raise MostBidsPerSecond.");
        }

        return (window, CpuBudget.Between(before, after, window.Succeeded));
    }

    /// <summary>The conventional peer (bench/TechMarket.CrudPeer) on the same cluster, trusting the server's tokens.</summary>
    private static async Task<ServerProcess> StartPeerAsync(string peerAssembly, string connectionString, Uri issuer, CancellationToken ct)
    {
        if (!File.Exists(peerAssembly))
        {
            throw new InvalidOperationException($"{peerAssembly} is missing; build Release first (bench/run.sh does).");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(peerAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { peerAssembly, "--urls", baseAddress.ToString().TrimEnd('/'), "--Issuer", issuer.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return await ServerProcess.LaunchAsync(start, baseAddress, "/ready", startupDone: true, ct);
    }

    /// <summary>Copies the organisations and makes <paramref name="count"/> challenges with the terms of a published one.</summary>
    private static async Task<IReadOnlyList<Guid>> SeedAsync(string database, int count, CancellationToken ct)
    {
        await Sql.ExecuteAsync(database, """
            insert into crud.organisations ("Id", "Name", "Kind", "Status")
              select d.id, d.data ->> 'name', d.data ->> 'kind', d.data ->> 'status' from techmarket.mt_doc_organisation d
            """, ct);
        const string sql = """
            insert into crud.challenges ("Id", "Status", "OpensAt", "ClosesAt", "Bounty", "EligibleKinds", "FunderIds")
              select gen_random_uuid(), d.data ->> 'status', (d.data -> 'terms' ->> 'opensAt')::timestamptz,
                     (d.data -> 'terms' ->> 'closesAt')::timestamptz, (d.data ->> 'bounty')::numeric,
                     array(select jsonb_array_elements_text(d.data -> 'terms' -> 'eligibility' -> 'kinds')),
                     array(select (f ->> 'enterpriseId')::uuid from jsonb_array_elements(d.data -> 'funding') f)
              from (select * from techmarket.mt_doc_challenge_details where data ->> 'status' = 'Published' limit 1) d, generate_series(1, $1)
              returning "Id";
            """;
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = count } } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>(count);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
