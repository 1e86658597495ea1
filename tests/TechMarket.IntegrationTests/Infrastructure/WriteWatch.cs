using Npgsql;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>
/// Watches the database for writes: new or changed rows in the event table, the stream table, every document
/// table (by Marten's mt_last_modified) and the accounts table, since the watch started. The deadline scheduler
/// is the one writer that is not a request: a challenge whose deadline passes meanwhile is closed
/// (BiddingClosed and its inline projection), and that is not counted.
/// </summary>
public sealed class WriteWatch
{
    /// <summary>
    /// What only the daemon's realtime subscription writes — matches, board snapshots, notices — always in reaction to
    /// an event, and every event is watched; so these are not counted (the subscription may still be working through
    /// events appended before the watch started, when a long page of matching outlasts the catch-up wait).
    /// </summary>
    private static readonly HashSet<string> DaemonOutputs =
        ["match_found", "mt_doc_board_snapshot", "mt_doc_match_details", "mt_doc_notification", "mt_doc_notification_counter"];

    private readonly string _connectionString;
    private readonly DateTime _since;
    private readonly long _lastEvent;
    private readonly Dictionary<string, long> _counts;

    private WriteWatch(string connectionString, DateTime since, long lastEvent, Dictionary<string, long> counts) =>
        (_connectionString, _since, _lastEvent, _counts) = (connectionString, since, lastEvent, counts);

    public static async Task<WriteWatch> StartAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        var since = await ScalarAsync<DateTime>(connection, "select clock_timestamp()");
        const string lastEventSql = "select coalesce(max(seq_id), 0) from techmarket.mt_events";
        while (true)
        {
            // The realtime subscription appends events of its own (match_found) as it catches up: the counts are taken
            // only once no event came after the last one it handled, so an event it appends later is counted once.
            var lastEvent = await ScalarAsync<long>(connection, lastEventSql);
            await DaemonCaughtUpAsync(connection, lastEvent);
            var counts = await CountsAsync(connection);
            if (await ScalarAsync<long>(connection, lastEventSql) == lastEvent)
            {
                return new WriteWatch(connectionString, since, lastEvent, counts);
            }
        }
    }

    /// <summary>
    /// The daemon's shards write for events earlier tests appended — the realtime subscription matches and notices, the
    /// statistics cube its ledger lines; the watch starts once every shard has handled every event so far, so what they
    /// write afterwards comes from requests made under the watch. A shard's row is named "projection:key"; the rows
    /// without a colon are the high-water detection's own (HighWaterMark, its fence and its stuck gap).
    /// </summary>
    private static async Task DaemonCaughtUpAsync(NpgsqlConnection connection, long lastEvent)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var handled = await ScalarAsync<long>(connection,
                "select coalesce(min(last_seq_id), 0) from techmarket.mt_event_progression where name like '%:%'");
            if (handled >= lastEvent)
            {
                return;
            }

            await Task.Delay(100);
        }

        var shards = await ScalarAsync<string>(connection,
            "select string_agg(name || ' at ' || last_seq_id, ', ') from techmarket.mt_event_progression");
        throw new InvalidOperationException($"The daemon's shards did not reach event {lastEvent} within a minute: {shards}.");
    }

    /// <summary>What was written since the watch started, one line each; empty when nothing was.</summary>
    public async Task<IReadOnlyList<string>> WritesAsync()
    {
        await using var connection = await OpenAsync(_connectionString);
        var writes = new List<string>();
        var closed = new HashSet<Guid>();
        var daemonEvents = 0;
        await using (var events = new NpgsqlCommand("select stream_id, type from techmarket.mt_events where seq_id > $1 order by seq_id", connection))
        {
            events.Parameters.Add(new NpgsqlParameter { Value = _lastEvent });
            await using var reader = await events.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (stream, type) = (reader.GetGuid(0), reader.GetString(1));
                if (type == "bidding_closed")
                {
                    closed.Add(stream);
                }
                else if (DaemonOutputs.Contains(type))
                {
                    daemonEvents++;
                }
                else
                {
                    writes.Add($"event {type} on stream {stream}");
                }
            }
        }

        foreach (var table in (await DocumentTablesAsync(connection)).Where(t => !DaemonOutputs.Contains(t)))
        {
            await using var changed = new NpgsqlCommand($"select id::text from techmarket.{table} where mt_last_modified > $1", connection);
            changed.Parameters.Add(new NpgsqlParameter { Value = _since });
            await using var reader = await changed.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var id = reader.GetString(0);
                if (!(table == "mt_doc_challenge_details" && Guid.TryParse(id, out var challenge) && closed.Contains(challenge)))
                {
                    writes.Add($"{table} row {id} changed");
                }
            }
        }

        var counts = await CountsAsync(connection);
        foreach (var (table, before) in _counts)
        {
            var expected = table == "mt_events" ? before + closed.Count + daemonEvents : before;
            if (!DaemonOutputs.Contains(table) && counts.GetValueOrDefault(table) != expected)
            {
                writes.Add($"{table}: {before} rows before, {counts.GetValueOrDefault(table)} after");
            }
        }

        return writes;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlConnection connection)
    {
        var tables = (await DocumentTablesAsync(connection)).Select(t => $"techmarket.{t}")
            .Concat(["techmarket.mt_events", "techmarket.mt_streams", "identity.\"AspNetUsers\""]);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table.Split('.')[1].Trim('"')] = await ScalarAsync<long>(connection, $"select count(*) from {table}");
        }

        return counts;
    }

    private static async Task<List<string>> DocumentTablesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = 'techmarket' and table_name like 'mt_doc_%' order by 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
