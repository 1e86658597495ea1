using System.Globalization;
using System.Text;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>
/// With --events N: grows the store to N events in bulk, inside PostgreSQL, by cloning streams the server wrote
/// itself in this run — so every row is in the shape Marten stores (events, streams, inline read models, bidders' parts).
/// One cloned challenge in ten thousandths of N (10,000 at 1,000,000) with ten bids each from organisations of a pool,
/// each challenge with a copy of its need; submitted needs fill up the rest. Each clone gets fresh ids, replaced
/// wherever the template's ids occur (id columns, JSON, text), so lookups by id, by challenge and by organisation
/// behave as they would on a store that grew by itself. Only the events that start a matching are left out (see
/// <see cref="Unmatched"/>).
/// </summary>
internal static class StoreAtScale
{
    public const int BidsPerChallenge = 10;
    private const int OrganisationPool = 2_000;

    /// <summary>The server's Marten schema (MartenSetup.Schema).</summary>
    private const string Schema = "techmarket";

    /// <summary>The figure's size label: 1M, 20k.</summary>
    public static string Label(int events) =>
        events >= 1_000_000 && events % 1_000_000 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{events / 1_000_000}M")
            : string.Create(CultureInfo.InvariantCulture, $"{events / 1000}k");

    /// <summary>Grows the store to at least <paramref name="target"/> events; returns the count reached.</summary>
    public static async Task<long> GrowAsync(string connectionString, int target, ILogger log, CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(connectionString + ";Command Timeout=0");
        await db.OpenAsync(ct);
        await ExecuteAsync(db, $"set search_path = {Schema}, public", ct);
        await ExecuteAsync(db, Functions, ct);

        // Templates: a bid the bench submitted, its challenge, its organisation and the challenge's need; a need that
        // was only submitted (the need window's) as the filler.
        // The window's last bid: the same-SQL replay copied an earlier one's rows thousands of times.
        var bid = await ScalarAsync<Guid>(db, "select stream_id from mt_events where type = 'bid_submitted' order by seq_id desc limit 1", ct);
        var challenge = await ScalarAsync<Guid>(db, $"select (data ->> 'challengeId')::uuid from mt_events where stream_id = '{bid}' and version = 1", ct);
        var organisation = await ScalarAsync<Guid>(db, $"select (data ->> 'organisationId')::uuid from mt_events where stream_id = '{bid}' and version = 1", ct);
        var need = await ScalarAsync<Guid>(db, $"select (data -> 'funding' -> 0 ->> 'needId')::uuid from mt_events where stream_id = '{challenge}' and version = 1", ct);
        var filler = await ScalarAsync<Guid>(db, $"""
            select stream_id from mt_events where stream_id in (select stream_id from mt_events where type = 'need_submitted')
            group by stream_id having count(*) = 2 limit 1
            """, ct);
        var bidExtras = await RowsContainingAsync(db, bid, ct);
        if (bidExtras.Length > 5)
        {
            throw new InvalidOperationException($"The template bid {bid} is named by {bidExtras.Length} other documents; expected its participant row only.");
        }

        var existing = await ScalarAsync<long>(db, "select count(*) from mt_events", ct);
        var perChallenge = await ScalarAsync<long>(db, $"select count(*) from mt_events where stream_id = '{challenge}' and type not in ({Unmatched})", ct);
        var perNeed = await ScalarAsync<long>(db, $"select count(*) from mt_events where stream_id = '{need}' and type not in ({Unmatched})", ct);
        var perBid = await ScalarAsync<long>(db, $"select count(*) from mt_events where stream_id = '{bid}'", ct);
        var perFiller = await ScalarAsync<long>(db, $"select count(*) from mt_events where stream_id = '{filler}'", ct);
        var challenges = Math.Max(1, target / 100);
        var structured = challenges * (perChallenge + perNeed + BidsPerChallenge * perBid);
        var fillers = Math.Max(0, (target - existing - structured + perFiller - 1) / perFiller);
        log.LogInformation(
            "Growing the store from {Existing} to {Target} events: {Challenges} challenges ({PerChallenge} events) with their needs ({PerNeed}) and {Bids} bids each ({PerBid}), {Fillers} submitted needs ({PerFiller})",
            existing, target, challenges, perChallenge, perNeed, BidsPerChallenge, perBid, fillers, perFiller);

        // One row per clone: the template stream it copies, and the ids it replaces with which.
        var extraOlds = string.Concat(bidExtras.Select(id => $", '{id}'::uuid"));
        var extraNews = string.Concat(bidExtras.Select(_ => ", gen_random_uuid()"));
        await ExecuteAsync(db, $"""
            create temp table clone_challenge as
              select u, gen_random_uuid() as challenge, gen_random_uuid() as need from generate_series(1, {challenges}) u;
            create temp table clone_pool as select array_agg(gen_random_uuid()) as organisations from generate_series(1, {OrganisationPool});
            create temp table clone_unit (template uuid, olds uuid[], news uuid[]);
            insert into clone_unit select '{challenge}', array['{challenge}'::uuid, '{need}'], array[challenge, need] from clone_challenge;
            insert into clone_unit select '{need}', array['{need}'::uuid, '{challenge}'], array[need, challenge] from clone_challenge;
            insert into clone_unit
              select '{bid}', array['{bid}'::uuid, '{challenge}', '{organisation}'{extraOlds}],
                array[gen_random_uuid(), c.challenge, p.organisations[1 + (c.u * {BidsPerChallenge} + j) % {OrganisationPool}]{extraNews}]
              from clone_challenge c cross join generate_series(0, {BidsPerChallenge - 1}) j cross join clone_pool p;
            insert into clone_unit select '{filler}', array['{filler}'::uuid], array[gen_random_uuid()] from generate_series(1, {fillers});
            create temp table clone_template (key uuid, template uuid);
            insert into clone_template values ('{challenge}', '{challenge}'), ('{need}', '{need}'), ('{bid}', '{bid}'), ('{filler}', '{filler}');
            {string.Concat(bidExtras.Select(id => $"insert into clone_template values ('{id}', '{bid}');"))}
            analyze clone_unit;
            """, ct);

        foreach (var table in await TablesAsync(db, ct))
        {
            var started = DateTime.UtcNow;
            var rows = await CloneTableAsync(db, table, ct);
            log.LogInformation("  {Table}: {Rows} rows in {Seconds:0.0} s", table, rows, (DateTime.UtcNow - started).TotalSeconds);
        }

        await ExecuteAsync(db, "analyze", ct);
        return await ScalarAsync<long>(db, "select count(*) from mt_events", ct);
    }

    /// <summary>Documents that name the bid without being it (its participant row): cloned with it, under new ids.</summary>
    private static async Task<Guid[]> RowsContainingAsync(NpgsqlConnection db, Guid bid, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var table in (await TablesAsync(db, ct)).Where(t => t.StartsWith("mt_doc_", StringComparison.Ordinal)))
        {
            await using var command = new NpgsqlCommand($"select id from {table} where id <> '{bid}' and data::text like '%{bid}%'", db);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return [.. ids];
    }

    private static async Task<List<string>> TablesAsync(NpgsqlConnection db, CancellationToken ct)
    {
        var tables = new List<string>();
        await using var command = new NpgsqlCommand("""
            select c.table_name from information_schema.columns c
            where c.table_schema = current_schema() and c.column_name = 'id' and c.data_type = 'uuid'
              and (c.table_name like 'mt_doc_%' or c.table_name in ('mt_streams', 'mt_events'))
            order by c.table_name = 'mt_events', c.table_name
            """, db);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>One INSERT … SELECT per table: each template row once per clone of its template, every column mapped.</summary>
    private static async Task<int> CloneTableAsync(NpgsqlConnection db, string table, CancellationToken ct)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var command = new NpgsqlCommand(
            $"select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = '{table}' order by ordinal_position", db))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var isEvents = table == "mt_events";
        var names = new StringBuilder();
        var values = new StringBuilder();
        foreach (var (name, type) in columns)
        {
            names.Append(names.Length == 0 ? string.Empty : ", ").Append('"').Append(name).Append('"');
            var source = $"src.\"{name}\"";
            values.Append(values.Length == 0 ? string.Empty : ", ").Append((isEvents, name) switch
            {
                (true, "id") => "gen_random_uuid()",
                (true, "seq_id") => "nextval('mt_events_sequence')", // Marten's appends take it explicitly too
                _ => type switch
                {
                    "uuid" => $"pg_temp.clone_uuid({source}, u.olds, u.news)",
                    "_uuid" => $"array(select pg_temp.clone_uuid(x, u.olds, u.news) from unnest({source}) x)",
                    "jsonb" => $"pg_temp.clone_text({source}::text, u.olds, u.news)::jsonb",
                    "json" => $"pg_temp.clone_text({source}::text, u.olds, u.news)::json",
                    "text" or "varchar" => $"pg_temp.clone_text({source}, u.olds, u.news)",
                    _ => source,
                },
            });
        }

        var key = isEvents ? "stream_id" : "id";

        // A bid's extra rows (its participant) clone with the bid's units (clone_template); every other row with its own.
        var sql = $"""
            insert into {table} ({names})
            select {values} from {table} src join clone_template t on t.key = src.{key} join clone_unit u on u.template = t.template
            {(isEvents ? $"where src.type not in ({Unmatched})" : string.Empty)}
            """;
        await using var insert = new NpgsqlCommand(sql, db);
        return await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The events the matcher reacts to (a need accepted, a challenge published) are left out of the clones: a
    /// store that grew by itself matched each when it happened, while 20,000 at once would keep the matcher (a ranking
    /// over the index each) busy for the rest of the run. The clones' read models are copied as published and accepted.</summary>
    private const string Unmatched = "'need_accepted', 'challenge_published'";

    private const string Functions = """
        create or replace function pg_temp.clone_uuid(value uuid, olds uuid[], news uuid[]) returns uuid language sql immutable as
          $$ select coalesce(news[array_position(olds, value)], value) $$;
        create or replace function pg_temp.clone_text(value text, olds uuid[], news uuid[]) returns text language plpgsql immutable as $$
        declare i int;
        begin
          if value is null then return null; end if;
          for i in 1 .. coalesce(array_length(olds, 1), 0) loop
            value := replace(value, olds[i]::text, news[i]::text);
          end loop;
          return value;
        end $$;
        """;

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection db, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
