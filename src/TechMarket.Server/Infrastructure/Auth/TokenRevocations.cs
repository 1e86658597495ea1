using Npgsql;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>A row of the revocation log (table identity.revocations, written by PostgreSQL triggers and functions
/// in the transaction that revokes: see IdentitySchema.sql).</summary>
public sealed record Revocation(long Id, string Kind, string Subject)
{
    public const string Authorization = "authorization";
    public const string Session = "session";
    public const string OrganisationSuspended = "organisation-suspended";
    public const string OrganisationReinstated = "organisation-reinstated";
}

/// <summary>What a node read from the log, and the database's time of the read (the next read starts from it).</summary>
public sealed record RevocationRead(IReadOnlyList<Revocation> Rows, DateTimeOffset ReadAt);

/// <summary>Reads and writes the revocation log. Its own small connection pool, so the feed never waits behind
/// request traffic.</summary>
public sealed class TokenRevocations(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "techmarket-revocations",
        MaxPoolSize = 4,
    }.ConnectionString);

    public async Task RecordSessionEndedAsync(string session, CancellationToken ct)
    {
        await using var command = _db.CreateCommand("select identity.record_revocation('session', $1)");
        command.Parameters.AddWithValue(session);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> IsSessionEndedAsync(string session, CancellationToken ct)
    {
        await using var command = _db.CreateCommand("select exists (select 1 from identity.revocations where kind = 'session' and subject = $1)");
        command.Parameters.AddWithValue(session);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Everything a node must know at start: authorizations and sessions revoked within an access token's
    /// lifetime, and every organisation suspension and reinstatement (few; the last one per organisation wins).</summary>
    public Task<RevocationRead> ReadAllAsync(TimeSpan accessTokenLifetime, CancellationToken ct) =>
        ReadAsync(
            "select id, kind, subject from identity.revocations where kind like 'organisation-%' or recorded_at > now() - $1 order by id",
            accessTokenLifetime, ct);

    /// <summary>Rows recorded since the given time. A transaction commits a little after it recorded its rows, so the
    /// caller asks from a minute before its last read; applying a row twice changes nothing.</summary>
    public Task<RevocationRead> ReadSinceAsync(DateTimeOffset since, CancellationToken ct) =>
        ReadAsync("select id, kind, subject from identity.revocations where recorded_at > $1 order by id", since, ct);

    /// <summary>Authorizations are only needed while their access tokens live; ended sessions while their refresh
    /// tokens do. Suspensions stay: they are the organisation's current state.</summary>
    public async Task PruneAsync(TimeSpan accessTokenLifetime, TimeSpan refreshTokenLifetime, CancellationToken ct)
    {
        await using var command = _db.CreateCommand("""
            delete from identity.revocations
             where (kind = 'authorization' and recorded_at < now() - $1) or (kind = 'session' and recorded_at < now() - $2)
            """);
        command.Parameters.AddWithValue(accessTokenLifetime + TimeSpan.FromHours(1));
        command.Parameters.AddWithValue(refreshTokenLifetime + TimeSpan.FromHours(1));
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<RevocationRead> ReadAsync(string sql, object parameter, CancellationToken ct)
    {
        await using var connection = await _db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var now = new NpgsqlCommand("select now()", connection, transaction);
        var readAt = (DateTime)(await now.ExecuteScalarAsync(ct))!;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(parameter);
        var rows = new List<Revocation>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new Revocation(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await transaction.CommitAsync(ct);
        return new RevocationRead(rows, new DateTimeOffset(readAt, TimeSpan.Zero));
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
