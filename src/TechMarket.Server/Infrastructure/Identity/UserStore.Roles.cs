using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>An account's roles. Adding or removing one is remembered and written with the account by the next
/// <see cref="UserStore.UpdateAsync"/> (the user manager calls it right after), so a role changes only together with
/// a successful, stamp-checked write of the account, as with EF Core's store.</summary>
public sealed partial class UserStore : IUserRoleStore<AppUser>
{
    /// <summary>Per account object this scope changed: role id → added (true) or removed (false), the last change wins.</summary>
    // The user manager passes role names normalised (upper case), as they are in "NormalizedName".
    private readonly Dictionary<AppUser, Dictionary<Guid, bool>> _roleChanges = new(ReferenceEqualityComparer.Instance);

    public async Task AddToRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken)
    {
        var role = await RoleIdAsync(roleName, cancellationToken) ?? throw new InvalidOperationException($"Role {roleName} does not exist.");
        RoleChangesOf(user)[role] = true;
    }

    public async Task RemoveFromRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken)
    {
        if (await RoleIdAsync(roleName, cancellationToken) is { } role)
        {
            RoleChangesOf(user)[role] = false;
        }
    }

    public async Task<IList<string>> GetRolesAsync(AppUser user, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            select r."Name" from identity."AspNetUserRoles" ur join identity."AspNetRoles" r on r."Id" = ur."RoleId"
             where ur."UserId" = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.Id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var roles = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            roles.Add(reader.GetString(0));
        }

        return roles;
    }

    public async Task<bool> IsInRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""
            select exists (select 1 from identity."AspNetUserRoles" ur join identity."AspNetRoles" r on r."Id" = ur."RoleId"
                            where ur."UserId" = $1 and r."NormalizedName" = $2)
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.Id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = roleName });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IList<AppUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        await QueryAsync($"""
            {Select} join identity."AspNetUserRoles" ur on ur."UserId" = u."Id" join identity."AspNetRoles" r on r."Id" = ur."RoleId"
             where r."NormalizedName" = $1
            """, roleName, cancellationToken);

    private Dictionary<Guid, bool> RoleChangesOf(AppUser user)
    {
        if (!_roleChanges.TryGetValue(user, out var changes))
        {
            changes = [];
            _roleChanges[user] = changes;
        }

        return changes;
    }

    private async Task<Guid?> RoleIdAsync(string roleName, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("""select "Id" from identity."AspNetRoles" where "NormalizedName" = $1""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = roleName });
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    /// <summary>Writes the account's remembered role changes in the caller's transaction, and forgets them.</summary>
    private async Task WriteRoleChangesAsync(AppUser user, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (!_roleChanges.Remove(user, out var changes))
        {
            return;
        }

        var added = new NpgsqlBatchCommand(
            """insert into identity."AspNetUserRoles" ("UserId", "RoleId") select $1, unnest($2::uuid[]) on conflict do nothing""");
        added.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.Id });
        added.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. changes.Where(c => c.Value).Select(c => c.Key)] });
        var removed = new NpgsqlBatchCommand("""delete from identity."AspNetUserRoles" where "UserId" = $1 and "RoleId" = any($2)""");
        removed.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = user.Id });
        removed.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. changes.Where(c => !c.Value).Select(c => c.Key)] });
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { added, removed } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
