using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// A command that fails on its data must not leave its pooled connection in a bad state. With the server's own
/// store settings (auto-preparation, sticky connections, no reset) on a pool of one connection, a write that
/// fails on NUL while its statement is being prepared is followed by good writes on the same pool — which must
/// all succeed (docs/ARCHITECTURE.md, "Failed commands and pooled connections").
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FailedCommandTests(TechMarketHost host)
{
    [Fact]
    public async Task Writes_after_a_failed_bind_succeed_on_the_same_pool()
    {
        await using var store = await StoreAsync("failed_bind_guarded", guarded: true);

        var outcomes = await WriteAsync(store, "oNooNoNNoo");

        outcomes.ShouldBe(["ok", "22P05", "ok", "ok", "22P05", "ok", "22P05", "22P05", "ok", "ok"]);
    }

    /// <summary>
    /// Why the guard is there: without it the write after the failed one breaks on Npgsql's bookkeeping. If this
    /// starts failing after an Npgsql upgrade, the bug is fixed upstream and the guard can be reconsidered.
    /// </summary>
    [Fact]
    public async Task Without_the_guard_the_next_write_on_the_connection_breaks()
    {
        await using var store = await StoreAsync("failed_bind_unguarded", guarded: false);

        var outcomes = await WriteAsync(store, "oNo");

        outcomes[2].ShouldStartWith("Received unexpected backend message DataRow");
    }

    private async Task<DocumentStore> StoreAsync(string schema, bool guarded)
    {
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var store = DocumentStore.For(options =>
        {
            MartenSetup.Configure(options, new NpgsqlConnectionStringBuilder(host.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
            options.DatabaseSchemaName = schema;
            options.Projections.Snapshot<Probe>(SnapshotLifecycle.Inline);
            if (!guarded)
            {
                options.Logger(new SilentLogger());
            }
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    /// <summary>One write per letter, each in its own session: o = good text, N = text with NUL. The outcome is "ok",
    /// the SQLSTATE of a database refusal, or the message of anything else.</summary>
    private static async Task<List<string>> WriteAsync(DocumentStore store, string pattern)
    {
        var outcomes = new List<string>();
        foreach (var step in pattern)
        {
            await using var session = store.LightweightSession();
            var id = Guid.CreateVersion7();
            session.Events.StartStream<Probe>(id, new ProbeStarted(id, step == 'N' ? "bad\u0000text" : "good text"));
            try
            {
                await session.SaveChangesAsync();
                outcomes.Add("ok");
            }
            catch (Exception e)
            {
                var root = e;
                while (root.InnerException is not null)
                {
                    root = root.InnerException;
                }

                outcomes.Add(root is PostgresException postgres ? postgres.SqlState : root.Message);
            }
        }

        return outcomes;
    }

    public sealed record ProbeStarted(Guid Id, string Text);

    /// <summary>Marten's default: logs nothing, and guards nothing.</summary>
    private sealed class SilentLogger : IMartenLogger, IMartenSessionLogger
    {
        public IMartenSessionLogger StartSession(IQuerySession session) => this;

        public void SchemaChange(string sql)
        {
        }

        public void LogSuccess(NpgsqlCommand command)
        {
        }

        public void LogFailure(NpgsqlCommand command, Exception ex)
        {
        }

        public void LogSuccess(NpgsqlBatch batch)
        {
        }

        public void LogFailure(NpgsqlBatch batch, Exception ex)
        {
        }

        public void LogFailure(Exception ex, string message)
        {
        }

        public void RecordSavedChanges(IDocumentSession session, Marten.Services.IChangeSet commit)
        {
        }

        public void OnBeforeExecute(NpgsqlCommand command)
        {
        }

        public void OnBeforeExecute(NpgsqlBatch batch)
        {
        }
    }

    public sealed record Probe(Guid Id, string Text)
    {
        public static Probe Create(ProbeStarted e) => new(e.Id, e.Text);
    }
}
