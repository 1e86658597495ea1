using System.Text;
using Npgsql;

namespace TechMarket.Bench;

/// <summary>
/// The limit set by a bid submission's own SQL: the statements one bid sends (as <c>--profile</c> lists them in full,
/// from pg_stat_statements) replayed by pgbench in the same round trips — the challenge, organisation, the bidder's
/// part and (none for a solo bid) joint members' reads in one pipeline; BEGIN, the bidding gate, the lead's part, the
/// stream, the event and the BidDetails document in a second; COMMIT — prepared, as the server's are. Payloads are a
/// real bid's stored rows; each transaction writes fresh ids (and a fresh organisation in the part, so the
/// one-bid-per-organisation index takes every row). What the server costs beyond this is
/// everything that is not the database.
/// </summary>
internal static class SameSqlBid
{
    private const string Schema = "techmarket";

    /// <summary>A fresh uuid per transaction from pgbench's random :r (2^48 values; no collision in a window).</summary>
    private const string NewId = "('00000000-0000-4000-8000-' || lpad(to_hex(:r::bigint), 12, '0'))::uuid";

    public static async Task<PgbenchResult> RunAsync(
        string connectionString, int concurrency, int seconds, string workDirectory, CpuMeter cpu, CancellationToken ct)
    {
        var sample = await SampleAsync(connectionString, ct);
        var script = Path.Combine(workDirectory, "bid-same-sql.sql");
        var text = Script(sample);
        await File.WriteAllTextAsync(script, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
        return await PgbenchInsert.RunScriptAsync(connectionString, concurrency, seconds, script, cpu,
            Encoding.UTF8.GetByteCount(sample.EventData) + Encoding.UTF8.GetByteCount(sample.DetailsData), ["-M", "prepared"], ct);
    }

    private sealed record Sample(
        string EventData, string EventType, string EventDotnetType, string StreamType, string DetailsData, string DetailsDotnetType,
        Guid ChallengeId, Guid OrganisationId, string ParticipantDotnetType);

    /// <summary>One bid the server stored in the measured window: its event, stream, BidDetails and lead's part.</summary>
    private static async Task<Sample> SampleAsync(string connectionString, CancellationToken ct)
    {
        const string query = $"""
            select e.data::text, e.type, e.mt_dotnet_type, s.type, d.data::text, d.mt_dotnet_type,
              (p.data ->> 'challengeId')::uuid, (p.data ->> 'organisationId')::uuid, p.mt_dotnet_type
            from {Schema}.mt_doc_bid_details d
            join {Schema}.mt_events e on e.stream_id = d.id and e.version = 1
            join {Schema}.mt_streams s on s.id = d.id
            join {Schema}.mt_doc_bid_participant p on p.id = d.id
            limit 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException("No stored bid to take the same-SQL payloads from.");
        }

        return new Sample(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetString(5), reader.GetGuid(6), reader.GetGuid(7), reader.GetString(8));
    }

    /// <summary>The reads name the sampled bid's challenge and organisation (so they find real documents, and the part's
    /// read finds one row where a first bid finds none).</summary>
    private static string Script(Sample s)
    {
        var (challenge, organisation) = (s.ChallengeId, s.OrganisationId);
        string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        var projectedVersion = $"""
            CASE WHEN 1 = 0 THEN COALESCE((select version from {Schema}.mt_streams where {Schema}.mt_streams.id = {NewId}), 1) ELSE 1 END
            """;
        return $"""
            \set r random(1, 281474976710655)
            \startpipeline
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_challenge_details as d where id = '{challenge}';
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_organisation as d where id = '{organisation}';
            select d.id, d.data from {Schema}.mt_doc_bid_participant as d where (CAST(d.data ->> 'challengeId' as uuid) = '{challenge}' and CAST(d.data ->> 'organisationId' as uuid) = '{organisation}') LIMIT 2;
            select d.id, d.data, d.mt_version from {Schema}.mt_doc_organisation as d where id = ANY('{"{}"}'::uuid[]);
            \endpipeline
            \startpipeline
            BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;
            select {Schema}.tm_pass_bidding_gate('{challenge}');
            insert into {Schema}.mt_doc_bid_participant (id, data, "mt_version", "mt_dotnet_type", "mt_last_modified") values ({NewId}, jsonb_build_object('id', {NewId}, 'challengeId', '{challenge}', 'organisationId', {NewId}, 'bidId', {NewId}), {NewId}, {Literal(s.ParticipantDotnetType)}, transaction_timestamp()) on conflict (id) do nothing returning id;
            insert into {Schema}.mt_streams (id, type, version, tenant_id) values ({NewId}, {Literal(s.StreamType)}, 1, '*DEFAULT*');
            insert into {Schema}.mt_events (data, type, mt_dotnet_type, bdata, id, stream_id, version, timestamp, tenant_id, seq_id) values ({Literal(s.EventData)}::jsonb, {Literal(s.EventType)}, {Literal(s.EventDotnetType)}, null, {NewId}, {NewId}, 1, now(), '*DEFAULT*', nextval('{Schema}.mt_events_sequence')) returning seq_id;
            insert into {Schema}.mt_doc_bid_details (id, data, "mt_version", "mt_dotnet_type", "mt_last_modified") values ({NewId}, {Literal(s.DetailsData)}::jsonb, {projectedVersion}, {Literal(s.DetailsDotnetType)}, transaction_timestamp()) on conflict (id) do update set data = excluded.data, mt_version = 1, "mt_dotnet_type" = excluded."mt_dotnet_type", "mt_last_modified" = excluded."mt_last_modified" where 1 = 0 or COALESCE((select version from {Schema}.mt_streams where {Schema}.mt_streams.id = {Schema}.mt_doc_bid_details.id), 0) <= 1 returning mt_version;
            \endpipeline
            COMMIT;

            """;
    }
}
