using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using TechMarket.Server.Infrastructure.Marten;
using Weasel.Postgresql;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// A full rebuild of the statistics in PostgreSQL, set-based: the cube's day cells by one <c>INSERT … SELECT … GROUP BY</c>
/// over the events table and each coarser grain from the one below it, and the transaction lines by one <c>INSERT … SELECT</c>,
/// then the projection's progress set to the last event read — instead of the daemon replaying every event through .NET
/// and adding each batch's deltas. The same definitions as <see cref="CubeFacts"/> and <see cref="TransactionLine.From"/>
/// (the integration test holds the two paths to the same cells and lines). Run it with the projection's agent stopped
/// (the overload with the daemon does that; the benchmark has no daemon): it reads one snapshot (REPEATABLE READ) up to
/// the daemon's high-water mark, so the daemon carries on from exactly there.
/// </summary>
public static class CubeRebuild
{
    /// <summary>The daemon's shard of the cube projection, whose progress the rebuild sets.</summary>
    public const string ShardName = TransactionCubeProjection.Name + ":All";

    /// <summary>Rebuilds the statistics of the store's database; answers how many events it read.</summary>
    public static Task<long> RunAsync(IDocumentStore store, CancellationToken ct) =>
        RunAsync(((PostgresqlDatabase)store.Storage.Database).DataSource, ct);

    /// <summary>Rebuilds on a node whose daemon runs the cube: its agent is stopped for the rebuild and started again
    /// after, from the progress the rebuild set.</summary>
    public static async Task<long> RunAsync(IDocumentStore store, IProjectionDaemon daemon, CancellationToken ct)
    {
        await daemon.StopAgentAsync(ShardName, null);
        try
        {
            return await RunAsync(store, ct);
        }
        finally
        {
            await daemon.StartAgentAsync(ShardName, ct);
        }
    }

    public static async Task<long> RunAsync(NpgsqlDataSource database, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var schema = MartenSetup.Schema;
        long mark;
        await using (var read = new NpgsqlCommand(
            $"select coalesce((select last_seq_id from {schema}.mt_event_progression where name = 'HighWaterMark'), "
            + $"(select max(seq_id) from {schema}.mt_events), 0)", connection, transaction))
        {
            mark = (long)(await read.ExecuteScalarAsync(ct))!;
        }

        var tables = new[] { CubeTable.Name(CubeGrain.Day), CubeTable.Name(CubeGrain.Month), CubeTable.Name(CubeGrain.MonthAllOrigins), LinesTable };
        // Emptied by TRUNCATE (no dead rows left behind for vacuum), filled with their secondary indexes dropped and built
        // again once at the end: one sorted build per index instead of a million index insertions each. The price: readers
        // wait for the rebuild (ACCESS EXCLUSIVE) instead of reading the old figures — a rebuild is an operator's repair.
        var indexes = await SecondaryIndexesAsync(connection, transaction, tables, ct);
        List<string> statements =
        [
            $"lock table {string.Join(", ", tables)} in access exclusive mode",
            $"truncate {string.Join(", ", tables)}",
            .. indexes.Select(i => $"drop index {i.Name}"),
            $"create temp table statistics_facts on commit drop as {Facts(schema, mark)}",
            Cells(),
            // Each coarser grain from the finer table just written (fewer rows than the facts, no JSON, no second pass).
            Rollup(CubeGrain.Month, CubeGrain.Day, "date_trunc('month', day)::date", "origin"),
            Rollup(CubeGrain.MonthAllOrigins, CubeGrain.Month, "day", $"{(short)CellKey.AllOrigins}::smallint"),
            Lines(),
            .. indexes.Select(i => i.Definition),
            $"""
            insert into {schema}.mt_event_progression (name, last_seq_id, last_updated) values ('{ShardName}', {mark}, now())
            on conflict (name) do update set last_seq_id = excluded.last_seq_id, last_updated = excluded.last_updated
            """,
        ];
        foreach (var sql in statements)
        {
            // The mark is a number read above, written into the statements: a utility statement (CREATE TABLE AS) takes no parameters.
            // A rebuild of a city's years takes longer than a request may: no command timeout, the caller's token ends it.
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(ct);
        }

        long events;
        await using (var count = new NpgsqlCommand("select count(*) from statistics_facts", connection, transaction))
        {
            events = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        await transaction.CommitAsync(ct);
        return events;
    }

    private static string LinesTable => $"{MartenSetup.Schema}.mt_doc_statistics_ledger";

    /// <summary>An enum's stored name (Marten stores enums as strings) as its number, as the cube's columns keep it.</summary>
    private static string Number<TEnum>(string json)
        where TEnum : struct, Enum =>
        $"(array_position(array['{string.Join("','", Enum.GetNames<TEnum>())}'], {json}) - 1)::smallint";

    /// <summary>One row per counted event, with what the cube and the lines need; the coordinates of a settlement or
    /// reversal are its <see cref="TransactionFacts"/>.</summary>
    private static string Facts(string schema, long mark) => $"""
        select e.id, e.seq_id,
               case e.type when 'contract_registered' then 'Registration' when 'technology_transaction_recorded' then 'Settlement' else 'Reversal' end as kind,
               (e.data->>'contractId')::uuid as contract_id, (e.data->>'paymentId')::uuid as payment_id,
               coalesce(f->>'registrationNumber', e.data->>'registrationNumber') as registration_number,
               coalesce(e.data->>'registeredOn', e.data->>'confirmedOn', e.data->>'reversedOn')::date as day,
               coalesce(f->>'type', e.data->>'type') as type_name, coalesce(f->>'field', e.data->>'field') as field_code,
               coalesce(f->>'origin', e.data->>'origin') as origin_name,
               coalesce(f->>'sellerDistrict', e.data->>'sellerDistrict') as seller, coalesce(f->>'buyerDistrict', e.data->>'buyerDistrict') as buyer,
               coalesce(f->>'sellerOrganisationId', e.data->>'sellerOrganisationId')::uuid as seller_organisation,
               coalesce(f->>'buyerOrganisationId', e.data->>'buyerOrganisationId')::uuid as buyer_organisation,
               coalesce(f->>'brokerId', e.data->>'broker') is not null as brokered,
               case when e.type = 'contract_registered' then (e.data->>'contractAmount')::numeric else 0 end as contract_amount,
               case when e.type = 'contract_registered' then (e.data->>'technologyAmount')::numeric else 0 end as technology_amount,
               case e.type when 'contract_registered' then 0 when 'technology_transaction_recorded' then (e.data->>'technologyAmount')::numeric
                    else -(e.data->>'technologyAmount')::numeric end as settled,
               case e.type when 'contract_registered' then 0 when 'technology_transaction_recorded' then (e.data->>'voucherAmount')::numeric
                    else -(e.data->>'voucherAmount')::numeric end as voucher_amount,
               case when e.type = 'contract_registered' then 1 else 0 end as registrations,
               case e.type when 'contract_registered' then 0 when 'technology_transaction_recorded' then 1 else -1 end as settlements
        from (select id, seq_id, type, data, data->'facts' as f from {schema}.mt_events
              where seq_id <= {mark} and type in ('contract_registered', 'technology_transaction_recorded', 'technology_transaction_reversed')) e
        """;

    /// <summary>The tables' indexes that back no constraint (the cells' unique keys, the lines' search indexes), each
    /// with the statement that builds it again.</summary>
    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] tables, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
            where i.indrelid in (select unnest($1::text[])::regclass) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """, connection, transaction);
        command.Parameters.AddWithValue(tables);
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    /// <summary>Each fact on both sides (output for the seller's district, absorbed for the buyer's), summed per day cell.</summary>
    private static string Cells() => $"""
        insert into {CubeTable.Name(CubeGrain.Day)} (direction, district, day, type, field, origin,
                                                     contract_amount, technology_amount, settled, registrations, settlements)
        select side.direction, side.district, day, {Number<ContractType>("type_name")}, left(field_code, 2), {Number<ContractOrigin>("origin_name")},
               sum(contract_amount), sum(technology_amount), sum(settled), sum(registrations), sum(settlements)
        from statistics_facts
        cross join lateral (values ({(short)Flow.Output}::smallint, seller), ({(short)Flow.Absorbed}::smallint, buyer)) as side(direction, district)
        group by 1, 2, 3, 4, 5, 6
        """;

    /// <summary>A coarser grain's cells summed from a finer grain's table.</summary>
    private static string Rollup(CubeGrain grain, CubeGrain from, string day, string origin) => $"""
        insert into {CubeTable.Name(grain)} (direction, district, day, type, field, origin,
                                             contract_amount, technology_amount, settled, registrations, settlements)
        select direction, district, {day}, type, field, {origin},
               sum(contract_amount), sum(technology_amount), sum(settled), sum(registrations), sum(settlements)
        from {CubeTable.Name(from)}
        group by 1, 2, 3, 4, 5, 6
        """;

    /// <summary>The lines as Marten stores <see cref="TransactionLine"/> documents (camel case, enums by name).</summary>
    private static string Lines() => $"""
        insert into {LinesTable} (id, data, mt_dotnet_type)
        select id, jsonb_build_object(
                 'id', id, 'kind', kind, 'contractId', contract_id, 'paymentId', payment_id, 'registrationNumber', registration_number,
                 'day', day, 'type', type_name, 'field', left(field_code, 2), 'fieldCode', field_code, 'origin', origin_name,
                 'sellerDistrict', seller, 'buyerDistrict', buyer, 'sellerOrganisationId', seller_organisation,
                 'buyerOrganisationId', buyer_organisation, 'brokered', brokered, 'contractAmount', contract_amount,
                 'technologyAmount', technology_amount, 'settled', settled, 'voucherAmount', voucher_amount),
               '{typeof(TransactionLine).FullName}'
        from statistics_facts
        """;
}
