using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core Identity's accounts on identity."AspNetUsers" and "AspNetUserRoles", in plain Npgsql. The user manager
/// changes an account in memory and then calls <see cref="UpdateAsync"/>, which writes the row (and the role changes
/// since) in one transaction, guarded by the concurrency stamp as EF Core's store did: an account changed elsewhere
/// since it was read is not overwritten, the caller gets a concurrency failure. Plain updates of the row fire the
/// schema's triggers, so a lockout or a new security stamp revokes the account's tokens.
/// </summary>
public sealed partial class UserStore(IdentityDatabase database, IdentityErrorDescriber errors) :
    IUserPasswordStore<AppUser>, IUserEmailStore<AppUser>, IUserSecurityStampStore<AppUser>, IUserLockoutStore<AppUser>
{
    /// <summary>Every column, in the order <see cref="Read"/> and <see cref="AddValues"/> use; the key first.</summary>
    private static readonly string[] Columns =
    [
        "Id", "DisplayName", "OrganisationId", "Jurisdiction", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
        "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed",
        "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount",
    ];

    private static readonly string Select = $"""select {ColumnList(Columns, "u.")} from identity."AspNetUsers" u""";

    private static readonly string Insert =
        $"""insert into identity."AspNetUsers" ({ColumnList(Columns)}) values ({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})""";

    /// <summary>Sets every column but the key to <see cref="AddValues"/>' $2.. (with the new stamp), where the key is $1
    /// and the stamp is still the one read (the last parameter).</summary>
    private static readonly string Update =
        $"""
        update identity."AspNetUsers" set ({ColumnList(Columns[1..])}) = ({string.Join(", ", Columns[1..].Select((_, i) => $"${i + 2}"))})
         where "Id" = $1 and "ConcurrencyStamp" is not distinct from ${Columns.Length + 1}
        """;

    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.Id == Guid.Empty)
        {
            user.Id = Guid.CreateVersion7();
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            AddValues(insert, user, user.ConcurrencyStamp);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "UserNameIndex" })
            {
                // Another registration took the name between the user manager's check and this insert.
                return IdentityResult.Failed(errors.DuplicateUserName(user.UserName ?? string.Empty));
            }
        }

        await WriteRoleChangesAsync(user, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString();
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = new NpgsqlCommand(Update, connection, transaction))
        {
            AddValues(update, user, stamp);
            update.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = user.ConcurrencyStamp });
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return IdentityResult.Failed(errors.ConcurrencyFailure());
            }
        }

        await WriteRoleChangesAsync(user, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        user.ConcurrencyStamp = stamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken) =>
        await database.DeleteUnchangedAsync("AspNetUsers", user.Id, user.ConcurrencyStamp, cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(errors.ConcurrencyFailure());

    /// <summary>An id that is not a GUID (a machine client's subject, say) finds no account.</summary>
    public Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Guid.TryParse(userId, out var id) ? FindAsync("""where u."Id" = $1""", id, cancellationToken) : Task.FromResult<AppUser?>(null);

    public Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync("""where u."NormalizedUserName" = $1""", normalizedUserName, cancellationToken);

    public Task<AppUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        FindAsync("""where u."NormalizedEmail" = $1""", normalizedEmail, cancellationToken);

    public void Dispose()
    {
    }

    /// <summary>The one account the condition finds; two are an error, as with EF Core's SingleOrDefault.</summary>
    private async Task<AppUser?> FindAsync<T>(string condition, T value, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} {condition} limit 2", value, cancellationToken);
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new InvalidOperationException($"More than one account matches {condition}."),
        };
    }

    private async Task<List<AppUser>> QueryAsync<T>(string sql, T value, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<AppUser>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader));
        }

        return users;
    }

    private static AppUser Read(NpgsqlDataReader row) => new()
    {
        Id = row.GetGuid(0),
        DisplayName = row.GetString(1),
        OrganisationId = row.IsDBNull(2) ? null : row.GetGuid(2),
        Jurisdiction = Text(row, 3),
        UserName = Text(row, 4),
        NormalizedUserName = Text(row, 5),
        Email = Text(row, 6),
        NormalizedEmail = Text(row, 7),
        EmailConfirmed = row.GetBoolean(8),
        PasswordHash = Text(row, 9),
        SecurityStamp = Text(row, 10),
        ConcurrencyStamp = Text(row, 11),
        PhoneNumber = Text(row, 12),
        PhoneNumberConfirmed = row.GetBoolean(13),
        TwoFactorEnabled = row.GetBoolean(14),
        LockoutEnd = row.IsDBNull(15) ? null : row.GetFieldValue<DateTimeOffset>(15),
        LockoutEnabled = row.GetBoolean(16),
        AccessFailedCount = row.GetInt32(17),
    };

    private static void AddValues(NpgsqlCommand command, AppUser user, string? concurrencyStamp)
    {
        var values = command.Parameters;
        values.Add(new NpgsqlParameter<Guid> { TypedValue = user.Id });
        values.Add(new NpgsqlParameter<string> { TypedValue = user.DisplayName });
        values.Add(new NpgsqlParameter<Guid?> { TypedValue = user.OrganisationId });
        foreach (var text in (string?[])[user.Jurisdiction, user.UserName, user.NormalizedUserName, user.Email, user.NormalizedEmail])
        {
            values.Add(new NpgsqlParameter<string?> { TypedValue = text });
        }

        values.Add(new NpgsqlParameter<bool> { TypedValue = user.EmailConfirmed });
        foreach (var text in (string?[])[user.PasswordHash, user.SecurityStamp, concurrencyStamp, user.PhoneNumber])
        {
            values.Add(new NpgsqlParameter<string?> { TypedValue = text });
        }

        values.Add(new NpgsqlParameter<bool> { TypedValue = user.PhoneNumberConfirmed });
        values.Add(new NpgsqlParameter<bool> { TypedValue = user.TwoFactorEnabled });
        // PostgreSQL keeps instants; Npgsql writes only UTC offsets.
        values.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = user.LockoutEnd?.ToUniversalTime() });
        values.Add(new NpgsqlParameter<bool> { TypedValue = user.LockoutEnabled });
        values.Add(new NpgsqlParameter<int> { TypedValue = user.AccessFailedCount });
    }

    private static string? Text(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static string ColumnList(IEnumerable<string> columns, string prefix = "") =>
        string.Join(", ", columns.Select(c => $"{prefix}\"{c}\""));
}
