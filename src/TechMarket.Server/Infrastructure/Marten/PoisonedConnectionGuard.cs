using Marten;
using Marten.Services;
using Npgsql;
using Weasel.Postgresql;

namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>
/// Keeps a connection that a failed command left in a bad state out of the pool.
/// <para>
/// Found reproducing "Received unexpected backend message DataRow" after concurrent writes failed on NUL (see
/// docs/ARCHITECTURE.md, "Failed commands and pooled connections"): with auto-preparation on (Max Auto Prepare,
/// <see cref="MartenSetup.Tuned"/>), Npgsql 10.0.3 prepares a statement on its second use. When that execution fails
/// while PostgreSQL binds the parameters — a data exception, SQLSTATE class 22: NUL or an unpaired surrogate in
/// text or jsonb, a malformed value — Npgsql keeps the statement as prepared without its row description. The next
/// time that SQL runs on the same physical connection, Npgsql sends no Describe, cannot place the DataRow that comes
/// back, and breaks the connection: an innocent request fails with a 500. Errors raised while a statement executes
/// (unique violations, serialization failures) come after the row description and do no harm.
/// </para>
/// <para>
/// So after a data exception the pool is cleared: idle connections close at once, and busy ones — the poisoned one
/// among them — close when their session returns them instead of going back into the pool. Such failures are rare
/// (requests are validated before they reach the database), so the cost is a few reconnects, and auto-preparation
/// keeps its throughput (docs/PERFORMANCE.md).
/// </para>
/// </summary>
internal sealed class PoisonedConnectionGuard(IMartenLogger inner) : IMartenLogger
{
    public IMartenSessionLogger StartSession(IQuerySession session) =>
        new SessionGuard(inner.StartSession(session), (session.Database as PostgresqlDatabase)?.DataSource);

    public void SchemaChange(string sql) => inner.SchemaChange(sql);

    /// <summary>Whether the failure can have happened while PostgreSQL bound the parameters of a statement.</summary>
    public static bool PoisonsConnection(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres.SqlState.StartsWith("22", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private sealed class SessionGuard(IMartenSessionLogger inner, NpgsqlDataSource? pool) : IMartenSessionLogger
    {
        public void LogSuccess(NpgsqlCommand command) => inner.LogSuccess(command);

        public void LogFailure(NpgsqlCommand command, Exception ex)
        {
            Guard(ex);
            inner.LogFailure(command, ex);
        }

        public void LogSuccess(NpgsqlBatch batch) => inner.LogSuccess(batch);

        public void LogFailure(NpgsqlBatch batch, Exception ex)
        {
            Guard(ex);
            inner.LogFailure(batch, ex);
        }

        public void LogFailure(Exception ex, string message) => inner.LogFailure(ex, message);

        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) => inner.RecordSavedChanges(session, commit);

        public void OnBeforeExecute(NpgsqlCommand command) => inner.OnBeforeExecute(command);

        public void OnBeforeExecute(NpgsqlBatch batch) => inner.OnBeforeExecute(batch);

        private void Guard(Exception exception)
        {
            if (pool is not null && PoisonsConnection(exception))
            {
                pool.Clear();
            }
        }
    }
}
