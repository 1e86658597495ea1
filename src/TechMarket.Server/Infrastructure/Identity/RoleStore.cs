using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>Identity's roles on identity."AspNetRoles", in plain Npgsql, with EF Core's concurrency-stamp check on
/// updates and deletes. The roles themselves are created by <see cref="IdentitySchema"/> at start; the role manager
/// (which the sign-in's claims factory needs) reads them through this store.</summary>
public sealed class RoleStore(IdentityDatabase database, IdentityErrorDescriber errors) : IRoleStore<IdentityRole<Guid>>
{
    private const string Select = """select "Id", "Name", "NormalizedName", "ConcurrencyStamp" from identity."AspNetRoles" """;

    public async Task<IdentityResult> CreateAsync(IdentityRole<Guid> role, CancellationToken cancellationToken)
    {
        if (role.Id == Guid.Empty)
        {
            role.Id = Guid.CreateVersion7();
        }

        await using var command = database.DataSource.CreateCommand(
            """insert into identity."AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") values ($1, $2, $3, $4)""");
        AddValues(command, role, role.ConcurrencyStamp);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return IdentityResult.Success;
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "RoleNameIndex" })
        {
            return IdentityResult.Failed(errors.DuplicateRoleName(role.Name ?? string.Empty));
        }
    }

    public async Task<IdentityResult> UpdateAsync(IdentityRole<Guid> role, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString();
        await using var command = database.DataSource.CreateCommand("""
            update identity."AspNetRoles" set ("Name", "NormalizedName", "ConcurrencyStamp") = ($2, $3, $4)
             where "Id" = $1 and "ConcurrencyStamp" is not distinct from $5
            """);
        AddValues(command, role, stamp);
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = role.ConcurrencyStamp });
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }

        role.ConcurrencyStamp = stamp;
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(IdentityRole<Guid> role, CancellationToken cancellationToken) =>
        await database.DeleteUnchangedAsync("AspNetRoles", role.Id, role.ConcurrencyStamp, cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(errors.ConcurrencyFailure());

    public Task<IdentityRole<Guid>?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        Guid.TryParse(roleId, out var id) ? FindAsync("""where "Id" = $1""", id, cancellationToken) : Task.FromResult<IdentityRole<Guid>?>(null);

    public Task<IdentityRole<Guid>?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        FindAsync("""where "NormalizedName" = $1""", normalizedRoleName, cancellationToken);

    public Task<string> GetRoleIdAsync(IdentityRole<Guid> role, CancellationToken cancellationToken) => Task.FromResult(role.Id.ToString());

    public Task<string?> GetRoleNameAsync(IdentityRole<Guid> role, CancellationToken cancellationToken) => Task.FromResult(role.Name);

    public Task SetRoleNameAsync(IdentityRole<Guid> role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedRoleNameAsync(IdentityRole<Guid> role, CancellationToken cancellationToken) => Task.FromResult(role.NormalizedName);

    public Task SetNormalizedRoleNameAsync(IdentityRole<Guid> role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
    }

    private async Task<IdentityRole<Guid>?> FindAsync<T>(string condition, T value, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(Select + condition);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new IdentityRole<Guid>
        {
            Id = reader.GetGuid(0),
            Name = reader.IsDBNull(1) ? null : reader.GetString(1),
            NormalizedName = reader.IsDBNull(2) ? null : reader.GetString(2),
            ConcurrencyStamp = reader.IsDBNull(3) ? null : reader.GetString(3),
        };
    }

    private static void AddValues(NpgsqlCommand command, IdentityRole<Guid> role, string? concurrencyStamp)
    {
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = role.Id });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = role.Name });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = role.NormalizedName });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = concurrencyStamp });
    }
}
