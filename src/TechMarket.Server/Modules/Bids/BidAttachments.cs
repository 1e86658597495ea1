using Marten;
using Npgsql;
using TechMarket.Server.Infrastructure.Marten;
using Weasel.Postgresql.Functions;

namespace TechMarket.Server.Modules.Bids;

/// <summary>How attachments and the bids that use them stay consistent with the sweeper that removes unused ones.</summary>
public static class BidAttachments
{
    /// <summary>The SQLSTATE a bid write gets when an upload it refers to was removed meanwhile.</summary>
    public const string GoneSqlState = "TMAT0";

    private const string Table = MartenSetup.Schema + ".mt_doc_bid_attachment";
    private const string HoldFunction = MartenSetup.Schema + ".tm_hold_attachments";
    private const string SweepFunction = MartenSetup.Schema + ".tm_sweep_attachments";

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<BidAttachment>().DocumentAlias("bid_attachment").Index(a => a.ChallengeId);
        options.Storage.ExtendedSchemaObjects.Add(Function.ForSql(HoldSql));
        options.Storage.ExtendedSchemaObjects.Add(Function.ForSql(SweepSql));
    }

    /// <summary>Queued into a bid write: share-locks the uploads it refers to until it commits, so the sweeper either
    /// sees them referenced or removed them first — and then this write fails instead of pointing at nothing.</summary>
    public static void Hold(IDocumentSession session, IReadOnlyList<Guid> ids)
    {
        if (ids.Count > 0)
        {
            session.QueueOperation(new SqlCheck($"select {HoldFunction}(?)", ids.ToArray()));
        }
    }

    /// <summary>The uploads a bid request names, as far as they exist (its content is resolved against them).</summary>
    public static async Task<IReadOnlyDictionary<Guid, BidAttachment>> NamedByAsync(IQuerySession session, BidRequest request, CancellationToken ct) =>
        request.AttachmentIds is not { Count: > 0 } ids
            ? new Dictionary<Guid, BidAttachment>()
            : (await session.LoadManyAsync<BidAttachment>(ct, [.. ids])).ToDictionary(a => a.Id);

    /// <summary>Removes the uploads older than the cutoff that no bid refers to; returns their ids.</summary>
    public static async Task<IReadOnlyList<Guid>> SweepAsync(IQuerySession session, DateTimeOffset cutoff, CancellationToken ct) =>
        await session.QueryAsync<Guid>($"select id from {SweepFunction}(?) as id", ct, cutoff);

    public static bool IsGone(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: GoneSqlState })
            {
                return true;
            }
        }

        return false;
    }

    private const string HoldSql = $"""
        create or replace function {HoldFunction}(ids uuid[]) returns void language plpgsql as $$
        declare held int;
        begin
          select count(*) into held from (select 1 from {Table} where id = any(ids) for share) x;
          if held < cardinality(ids) then
            raise exception 'An upload the bid refers to was removed.' using errcode = '{GoneSqlState}';
          end if;
        end;
        $$;
        """;

    // Two statements on purpose: the first locks the old uploads no bid write holds (SKIP LOCKED), the second — with
    // a fresh snapshot, as each statement of a volatile function gets — deletes those no committed bid refers to.
    // One statement would judge "unreferenced" on a snapshot taken before a bid that just committed.
    private const string SweepSql = $"""
        create or replace function {SweepFunction}(cutoff timestamptz) returns setof uuid language plpgsql volatile as $$
        declare locked uuid[];
        begin
          select array_agg(id) into locked from (
            select a.id from {Table} a where (a.data ->> 'uploadedAt')::timestamptz < cutoff for update skip locked) x;
          return query
            delete from {Table} a
            where a.id = any(coalesce(locked, array[]::uuid[]))
              and not exists (
                select 1 from {MartenSetup.Schema}.mt_doc_bid_details b
                where b.data -> 'content' -> 'attachments' @> jsonb_build_array(jsonb_build_object('attachmentId', a.id)))
            returning a.id;
        end;
        $$;
        """;
}
