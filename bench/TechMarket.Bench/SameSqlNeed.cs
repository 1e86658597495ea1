using System.Text;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>
/// The limit set by a need submit's own SQL, as <see cref="SameSqlBid"/> is for a bid: the statements one submit sends
/// (as <c>--profile</c> lists them in full) replayed by pgbench in the same round trips, prepared — the need's stream
/// version and events, the poster's organisation, the collection policies and the round in one pipeline; BEGIN with the
/// inline projection's load of the <c>NeedDetails</c>; <c>mt_quick_append_events</c> and the <c>NeedDetails</c> upsert;
/// COMMIT. The reads name a need the server submitted in the window; the writes go to a fresh stream and document per
/// transaction (the append function's new-stream branch inserts the stream row where a submit updates its version —
/// the same statements, one row insert for one row update). The document's JSON carries its fresh id: the server's
/// search feeder loads every need an event touched, and documents sharing one id stopped it (and with it matching).
/// </summary>
internal static class SameSqlNeed
{
    private const string Schema = "techmarket";

    /// <summary>A fresh uuid per transaction from pgbench's random :r (2^48 values; no collision in a window).</summary>
    private const string NewId = "('00000000-0000-4000-8000-' || lpad(to_hex(:r::bigint), 12, '0'))::uuid";

    public static async Task<PgbenchResult> RunAsync(
        string connectionString, int concurrency, int seconds, string workDirectory, CpuMeter cpu, CancellationToken ct)
    {
        var sample = await SampleAsync(connectionString, ct);
        var script = Path.Combine(workDirectory, "need-same-sql.sql");
        await File.WriteAllTextAsync(script, Script(sample), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
        return await PgbenchInsert.RunScriptAsync(connectionString, concurrency, seconds, script, cpu,
            Encoding.UTF8.GetByteCount(sample.EventData) + Encoding.UTF8.GetByteCount(sample.DetailsData), ["-M", "prepared"], ct);
    }

    private sealed record Sample(
        Guid NeedId, Guid OrganisationId, Guid RoundId, string EventData, string EventType, string EventDotnetType, string StreamType,
        string DetailsData, string DetailsDotnetType, string AppendArguments);

    /// <summary>The need submitted last: its submission event, stream and NeedDetails rows, and the
    /// append function's argument names (Marten's signature, read rather than assumed).</summary>
    private static async Task<Sample> SampleAsync(string connectionString, CancellationToken ct)
    {
        const string query = $"""
            select d.id, (d.data ->> 'organisationId')::uuid, coalesce((e.data ->> 'roundId')::uuid, gen_random_uuid()),
              e.data::text, e.type, e.mt_dotnet_type, s.type, d.data::text, d.mt_dotnet_type,
              (select pg_get_function_identity_arguments(p.oid) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
               where n.nspname = '{Schema}' and p.proname = 'mt_quick_append_events' and p.pronargs = 9)
            from {Schema}.mt_doc_need_details d
            join {Schema}.mt_events e on e.stream_id = d.id and e.version = 2 -- drafted, then submitted
            join {Schema}.mt_streams s on s.id = d.id
            order by e.seq_id desc
            limit 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(9))
        {
            throw new InvalidOperationException("No submitted need (or no nine-argument mt_quick_append_events) to take the same-SQL payloads from.");
        }

        return new Sample(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9));
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The append's arguments by name, in named notation, so the call stays right if Marten reorders them.</summary>
    private static string AppendCall(Sample s)
    {
        var values = new Dictionary<string, string>
        {
            ["stream"] = NewId, ["stream_type"] = Literal(s.StreamType), ["tenantid"] = "'*DEFAULT*'",
            ["event_ids"] = $"array[{NewId}]", ["event_types"] = $"array[{Literal(s.EventType)}]::varchar[]",
            ["dotnet_types"] = $"array[{Literal(s.EventDotnetType)}]::varchar[]", ["bodies"] = $"array[{Literal(s.EventData)}::jsonb]",
            ["bdatas"] = "array[null]::bytea[]", ["expected_version"] = "0",
        };
        var arguments = s.AppendArguments.Split(',', StringSplitOptions.TrimEntries)
            .Select(a => a.Split(' ')[0])
            .Select(name => values.TryGetValue(name, out var value)
                ? $"{name} => {value}"
                : throw new InvalidOperationException($"mt_quick_append_events has an argument the same-SQL script does not know: {name} ({s.AppendArguments})."));
        return $"select {Schema}.mt_quick_append_events({string.Join(", ", arguments)});";
    }

    private static string Script(Sample s)
    {
        var projectedVersion = $"COALESCE((select version from {Schema}.mt_streams where {Schema}.mt_streams.id = {NewId}), 1)";
        return $"""
            \set r random(1, 281474976710655)
            \startpipeline
            select version from {Schema}.mt_streams where id = '{s.NeedId}';
            select data, type, mt_dotnet_type, bdata, seq_id, id, stream_id, version, timestamp, tenant_id, is_archived from {Schema}.mt_events as d WHERE (d.is_archived = false and d.stream_id = '{s.NeedId}') ORDER BY d.seq_id;
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_organisation as d where id = '{s.OrganisationId}';
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_collection_policy as d;
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_collection_round as d where id = '{s.RoundId}';
            \endpipeline
            \startpipeline
            BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_need_details as d where id = ANY(array[{NewId}]);
            \endpipeline
            \startpipeline
            {AppendCall(s)}
            insert into {Schema}.mt_doc_need_details (id, data, "mt_version", "mt_dotnet_type", "mt_last_modified") values ({NewId}, jsonb_set({Literal(s.DetailsData)}::jsonb, '{"{id}"}', to_jsonb({NewId}::text)), {projectedVersion}, {Literal(s.DetailsDotnetType)}, transaction_timestamp()) on conflict (id) do update set data = excluded.data, mt_version = {projectedVersion}, "mt_dotnet_type" = excluded."mt_dotnet_type", "mt_last_modified" = excluded."mt_last_modified" returning mt_version;
            \endpipeline
            COMMIT;

            """;
    }
}
