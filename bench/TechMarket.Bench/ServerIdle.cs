using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>
/// Waits, before a measured window, until the server has nothing left to do from earlier work: the async daemon's
/// high-water mark has reached the last event, every projection and subscription has reached the mark, this node's
/// search index has applied it, and the server spent under a twentieth of a core over the last second. Without it a
/// window measured the commands plus the backlog of the setup before it (the quiet run of 2026-11-30 14:03: a whole
/// core busy with no request in flight). A server that does not get there in time fails the run.
/// </summary>
internal sealed class ServerIdle(string database, Process server, HttpClient http, string operatorToken, ILogger log)
{
    /// <summary>The server's Marten schema (MartenSetup.Schema).</summary>
    private const string Schema = "techmarket";

    /// <summary>The daemon's own bookkeeping rows in mt_event_progression (HighWaterMark, HighWaterStuckGap,
    /// HighWaterAllocationFence); every other row is a projection or subscription shard.</summary>
    private const string Readers = "name not like 'HighWater%'";

    private const double IdleCores = 0.05;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(1);

    private readonly List<IdleWait> _waits = [];

    /// <summary>Every wait of the run, in order.</summary>
    public IReadOnlyList<IdleWait> Waits => _waits;

    public async Task<IdleWait> WaitAsync(string window, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var state = "not sampled yet";
        var samples = 0;
        server.Refresh();
        var cpu = server.TotalProcessorTime;
        while (watch.Elapsed < Limit)
        {
            await Task.Delay(Sample, ct);
            server.Refresh();
            var busy = (server.TotalProcessorTime - cpu) / Sample;
            cpu = server.TotalProcessorTime;
            var progress = await ProgressAsync(ct);
            state = progress.Describe(busy);
            if (++samples % 15 == 0)
            {
                log.LogInformation("Waiting for an idle server before the {Window} window: {State}", window, state);
            }

            if (progress.CaughtUp && busy < IdleCores)
            {
                var wait = new IdleWait(window, watch.Elapsed, progress.LastEvent);
                _waits.Add(wait);
                log.LogInformation("Server idle before the {Window} window after {Seconds:0.0} s ({State})", window, watch.Elapsed.TotalSeconds, state);
                return wait;
            }
        }

        throw new InvalidOperationException(
            $"The server was not idle {Limit.TotalMinutes} minutes before the {window} window: {state}. A window now would measure that backlog too.");
    }

    private async Task<Progress> ProgressAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
             select (select coalesce(max(seq_id), 0) from {Schema}.mt_events),
                    coalesce((select last_seq_id from {Schema}.mt_event_progression where name = 'HighWaterMark'), 0),
                    (select name || ' at ' || last_seq_id from {Schema}.mt_event_progression where {Readers}
                     order by last_seq_id, name limit 1),
                    coalesce((select min(last_seq_id) from {Schema}.mt_event_progression where {Readers}), 0)
             """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var progress = new Progress(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? "none" : reader.GetString(2), reader.GetInt64(3), 0);
        await reader.CloseAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var index = await response.Content.ReadFromJsonAsync<IndexStatus>(ct);
        return progress with { Indexed = index?.IndexedThrough ?? 0 };
    }

    private sealed record IndexStatus(long IndexedThrough, int Documents, bool Rebuilding);

    private sealed record Progress(long LastEvent, long HighWaterMark, string Slowest, long SlowestSequence, long Indexed)
    {
        public bool CaughtUp => HighWaterMark >= LastEvent && SlowestSequence >= HighWaterMark && Indexed >= HighWaterMark;

        public string Describe(double busyCores) => string.Create(CultureInfo.InvariantCulture,
            $"last event {LastEvent}, high-water mark {HighWaterMark}, slowest reader {Slowest}, search index at {Indexed}, server {busyCores:0.00} cores");
    }
}

/// <summary>How long the server took to become idle before a window, and the store's last event then.</summary>
internal sealed record IdleWait(string Window, TimeSpan Took, long LastEvent);
