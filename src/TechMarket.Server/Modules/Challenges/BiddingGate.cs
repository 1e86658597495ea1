using Marten;
using Npgsql;
using TechMarket.Server.Infrastructure.Marten;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>
/// Closes the deadline race in the database. Bids are streams of their own, so nothing in Marten orders a bid's
/// commit against the closer's read of the bids. One row per challenge does: every bid write (submit, amend,
/// withdraw) takes a SHARE lock on it inside its own transaction and fails when the gate is closed; the closer
/// takes it FOR UPDATE — which waits for the bid transactions already past the gate to commit — marks it closed,
/// then reads the bids and appends BiddingClosed in the same transaction. A bid that got a receipt is therefore
/// in the list the closer reads, and a node whose clock is behind can no longer slip a bid in after the close.
/// Bid writes only share the lock, so they never wait for each other.
/// </summary>
public static class BiddingGate
{
    /// <summary>The SQLSTATE a bid write gets when the gate is closed (class "TM": ours, unused by PostgreSQL).</summary>
    public const string ClosedSqlState = "TMBC0";

    private const string Table = MartenSetup.Schema + ".bidding_gate";
    private const string PassFunction = MartenSetup.Schema + ".tm_pass_bidding_gate";
    private const string CloseFunction = MartenSetup.Schema + ".tm_close_bidding_gate";

    public static void Configure(StoreOptions options)
    {
        var table = new Table(Table);
        table.AddColumn("challenge_id", "uuid").AsPrimaryKey();
        table.AddColumn("open", "boolean").NotNull();
        table.AddColumn("closed_at", "timestamptz").AllowNulls();
        options.Storage.ExtendedSchemaObjects.Add(table);
        options.Storage.ExtendedSchemaObjects.Add(Function.ForSql(PassSql));
        options.Storage.ExtendedSchemaObjects.Add(Function.ForSql(CloseSql));
    }

    /// <summary>Queues the gate check into the bid write's own batch, so the lock lives as long as its transaction.</summary>
    public static void Pass(IDocumentSession session, Guid challengeId) =>
        session.QueueOperation(new SqlCheck($"select {PassFunction}(?)", challengeId));

    /// <summary>Closes the gate inside the session's transaction (begun by the caller), waiting for bid writes in flight.</summary>
    public static async Task CloseAsync(IDocumentSession session, Guid challengeId, DateTimeOffset at, CancellationToken ct) =>
        await session.QueryAsync<bool>($"select {CloseFunction}(?, ?)", ct, challengeId, at);

    /// <summary>Queues the reopening of the gate into the session's unit of work, for a challenge published again (重新发榜);
    /// it commits with the event that reopens the challenge, or not at all.</summary>
    public static void Reopen(IDocumentSession session, Guid challengeId) =>
        session.QueueOperation(new SqlCheck(
            $"with reopened as (update {Table} set open = true, closed_at = null where challenge_id = ? returning 1) select count(*) from reopened", challengeId));

    /// <summary>Whether a write failed because it met a closed gate.</summary>
    public static bool IsClosed(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: ClosedSqlState })
            {
                return true;
            }
        }

        return false;
    }

    // The row is created on first touch, open exactly when the challenge's committed state is published — so
    // challenges published before the gate existed get one too; a closed one reopens only with 重新发榜 (Reopen).
    private const string FirstTouch = $"""
        insert into {Table} (challenge_id, open)
          select d.id, d.data ->> 'status' = 'Published' from {MartenSetup.Schema}.mt_doc_challenge_details d where d.id = challenge
          on conflict do nothing;
        """;

    private const string ShareOpenRow = $"perform 1 from {Table} where challenge_id = challenge and open for share;";

    // The row exists for every challenge bid on before, so the share lock is tried first: the first touch (which reads
    // the challenge's whole document and probes the key for an insert) runs only when the row is missing or closed.
    // The answer is the same either way: the touch never changes an existing row.
    private const string PassSql = $"""
        create or replace function {PassFunction}(challenge uuid) returns void language plpgsql as $$
        begin
          {ShareOpenRow}
          if found then
            return;
          end if;
          {FirstTouch}
          {ShareOpenRow}
          if not found then
            raise exception 'Bidding on challenge % is closed.', challenge using errcode = '{ClosedSqlState}';
          end if;
        end;
        $$;
        """;

    private const string CloseSql = $"""
        create or replace function {CloseFunction}(challenge uuid, at timestamptz) returns boolean language plpgsql as $$
        begin
          {FirstTouch}
          perform 1 from {Table} where challenge_id = challenge for update;
          update {Table} set open = false, closed_at = coalesce(closed_at, at) where challenge_id = challenge;
          return found;
        end;
        $$;
        """;
}
