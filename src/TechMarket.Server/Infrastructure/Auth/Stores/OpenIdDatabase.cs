using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth.Stores;

/// <summary>A column of a row being written, by the column's name.</summary>
internal readonly record struct Column(string Name, object? Value);

/// <summary>The store methods that take a LINQ query: OpenIddict's own handlers never call them, and a query over
/// IQueryable would need a LINQ provider (Entity Framework's, which these stores replace).</summary>
internal static class Unsupported
{
    public static NotSupportedException Query() => new(
        "The TechMarket OpenIddict stores run plain SQL and take no LINQ queries; use the store's Find*, List(count, offset) " +
        "or Count methods, or add a method with its SQL to the store.");
}

/// <summary>
/// The OpenIddict stores' way to PostgreSQL: plain SQL over the identity schema's connection pool
/// (<see cref="IdentityDatabase"/>), no Entity Framework. Every write of
/// an existing row is checked against the concurrency token it was read with and sets a new one; when another writer
/// came first (a second redemption of the same refresh token, identity.revoke_subject), nothing is written and
/// OpenIddict gets the <see cref="OpenIddictExceptions.ConcurrencyException"/> it expects.
/// </summary>
public sealed class OpenIdDatabase(IdentityDatabase identity)
{
    public const string Applications = "identity.\"OpenIddictApplications\"";
    public const string Authorizations = "identity.\"OpenIddictAuthorizations\"";
    public const string Scopes = "identity.\"OpenIddictScopes\"";
    public const string Tokens = "identity.\"OpenIddictTokens\"";

    private readonly NpgsqlDataSource _db = identity.DataSource;

    internal async ValueTask<T?> FirstAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params object?[] arguments)
        where T : class
    {
        await using var command = Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? read(reader) : null;
    }

    internal async IAsyncEnumerable<T> ListAsync<T>(
        string sql, Func<NpgsqlDataReader, T> read, object?[] arguments, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Command(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return read(reader);
        }
    }

    internal async ValueTask<long> CountAsync(string table, CancellationToken ct)
    {
        await using var command = Command($"select count(*) from {table}", []);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    internal async ValueTask<long> ExecuteAsync(string sql, CancellationToken ct, params object?[] arguments)
    {
        await using var command = Command(sql, arguments);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Revokes the table's rows the condition selects as identity.revoke_subject does it: with a new concurrency
    /// token, so a copy read before (a redemption under way) is not written back over the revocation.</summary>
    internal ValueTask<long> RevokeAsync(string table, string where, object?[] arguments, CancellationToken ct) =>
        ExecuteAsync($"""update {table} set "Status" = '{OpenIddictConstants.Statuses.Revoked}', "ConcurrencyToken" = gen_random_uuid()::text{where}""",
            ct, arguments);

    /// <summary>Runs a delete of at most a batch of rows (its own limit) until it deletes none; returns how many it deleted.</summary>
    internal async ValueTask<long> DeleteInBatchesAsync(string sql, CancellationToken ct, params object?[] arguments)
    {
        var total = 0L;
        long deleted;
        do
        {
            deleted = await ExecuteAsync(sql, ct, arguments);
            total += deleted;
        }
        while (deleted > 0);

        return total;
    }

    internal async ValueTask InsertAsync(string table, string id, string? concurrencyToken, IReadOnlyList<Column> columns, CancellationToken ct)
    {
        var names = Names(columns);
        var placeholders = string.Join(", ", columns.Select((_, i) => $"${i + 3}"));
        await ExecuteAsync($"""insert into {table} ("Id", "ConcurrencyToken", {names}) values ($1, $2, {placeholders})""",
            ct, [id, concurrencyToken, .. columns.Select(c => c.Value)]);
    }

    /// <summary>Writes the row if it still has the concurrency token it was read with; returns the new token.</summary>
    internal async ValueTask<string> UpdateAsync(string table, string id, string? concurrencyToken, IReadOnlyList<Column> columns, CancellationToken ct)
    {
        var next = Guid.NewGuid().ToString();
        var assignments = string.Join(", ", columns.Select((c, i) => $"{Quote(c.Name)} = ${i + 4}"));
        var changed = await ExecuteAsync(
            $"""update {table} set "ConcurrencyToken" = $3, {assignments} where "Id" = $1 and "ConcurrencyToken" is not distinct from $2""",
            ct, [id, concurrencyToken, next, .. columns.Select(c => c.Value)]);
        return changed == 0 ? throw Stale(table) : next;
    }

    /// <summary>Deletes the row if it still has the concurrency token it was read with, after the rows that depend on
    /// it (each statement takes the row's id as $1), all or nothing.</summary>
    internal async ValueTask DeleteAsync(string table, string id, string? concurrencyToken, IReadOnlyList<string> dependents, CancellationToken ct)
    {
        await using var connection = await _db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var sql in dependents)
        {
            await using var dependent = new NpgsqlCommand(sql, connection, transaction) { Parameters = { Parameter(id) } };
            await dependent.ExecuteNonQueryAsync(ct);
        }

        await using var command = new NpgsqlCommand(
            $"""delete from {table} where "Id" = $1 and "ConcurrencyToken" is not distinct from $2""", connection, transaction)
        {
            Parameters = { Parameter(id), Parameter(concurrencyToken) },
        };
        if (await command.ExecuteNonQueryAsync(ct) == 0)
        {
            throw Stale(table);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>A where clause of the filters given (null: not filtered), numbered from $1, with their arguments.</summary>
    internal static (string Where, object?[] Arguments) Filter(params (string Column, string? Value)[] filters)
    {
        var where = new StringBuilder();
        var arguments = new List<object?>();
        foreach (var (column, value) in filters.Where(f => f.Value is not null))
        {
            arguments.Add(value);
            where.Append(where.Length == 0 ? " where " : " and ").Append($"{Quote(column)} = ${arguments.Count}");
        }

        return (where.ToString(), arguments.ToArray());
    }

    internal static string? Text(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    internal static DateTime? Time(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetDateTime(ordinal);

    /// <summary>A time read from a timestamptz column (UTC) as OpenIddict takes it.</summary>
    internal static DateTimeOffset? Utc(DateTime? time) =>
        time is { } utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : null;

    /// <summary>A store's Set* method: it changes the entity only; UpdateAsync writes it.</summary>
    internal static ValueTask Set(Action set)
    {
        set();
        return ValueTask.CompletedTask;
    }

    /// <summary>" limit … offset …" for ListAsync's paging.</summary>
    internal static string Page(int? count, int? offset) =>
        (count is { } limit ? $" limit {limit}" : "") + (offset is { } skip ? $" offset {skip}" : "");

    /// <summary>The columns' names, quoted, for a select or an insert.</summary>
    internal static string Names(IEnumerable<Column> columns) => string.Join(", ", columns.Select(c => Quote(c.Name)));

    private static string Quote(string column) => $"\"{column}\"";

    private NpgsqlCommand Command(string sql, object?[] arguments)
    {
        var command = _db.CreateCommand(sql);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(Parameter(argument));
        }

        return command;
    }

    /// <summary>A null goes untyped, so PostgreSQL takes the column's type; times are UTC, as timestamptz needs.</summary>
    private static NpgsqlParameter Parameter(object? value) => new() { Value = value ?? DBNull.Value };

    private static OpenIddictExceptions.ConcurrencyException Stale(string table) =>
        new($"The row of {table} was changed or removed since it was read (a concurrent redemption or revocation); it was not written.");
}
