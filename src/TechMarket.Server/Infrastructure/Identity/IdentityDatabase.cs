using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>The connections of the identity schema's stores (accounts, roles, the data-protection key ring, OpenIddict's
/// applications, authorizations, scopes and tokens) and its start-up steps: plain Npgsql, named in pg_stat_activity
/// apart from the event store's.</summary>
public sealed class IdentityDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "techmarket-identity",
    }.ConnectionString);

    /// <summary>Holds a session advisory lock until disposed, so that nodes take turns at a step (the start-up, a pass of
    /// token pruning). A node that dies holding it drops its connection, and with it the lock.</summary>
    public async Task<IAsyncDisposable> LockAsync(long key, CancellationToken ct)
    {
        var connection = await DataSource.OpenConnectionAsync(ct);
        try
        {
            await Execute(connection, "select pg_advisory_lock($1)", key, ct);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Deletes the row of the identity table (a role or an account) if its concurrency stamp is still the one
    /// read, as EF Core's stores did; false when it changed since or is gone, which Identity reports as a concurrency
    /// failure.</summary>
    public async Task<bool> DeleteUnchangedAsync(string table, Guid id, string? concurrencyStamp, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(
            $"""delete from identity."{table}" where "Id" = $1 and "ConcurrencyStamp" is not distinct from $2""");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = concurrencyStamp });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    private static async Task Execute(NpgsqlConnection connection, string sql, long key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Unlocks before the connection goes back to the pool: a pooled connection keeps its session's locks.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await Execute(connection, "select pg_advisory_unlock($1)", key, CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
