using Microsoft.AspNetCore.Identity;
using Npgsql;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>Creates what is missing of the identity schema (IdentitySchema.sql) and the user roles, at every start
/// before anything else. One transaction under an advisory lock, so nodes starting at once take turns; on a database
/// the former EF Core migrations made, it finds everything in place and leaves their history table alone.</summary>
public sealed class IdentitySchema(IdentityDatabase database, ILookupNormalizer normalizer)
{
    /// <summary>The advisory lock key every node takes for the step ("identity" in ASCII).</summary>
    private const long LockKey = 0x6964656e74697479;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(IdentitySchema).Assembly.GetManifestResourceStream(typeof(IdentitySchema), "IdentitySchema.sql")
            ?? throw new InvalidOperationException("IdentitySchema.sql is not embedded in the server assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public async Task EnsureAsync(CancellationToken ct)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        await using (var command = new NpgsqlCommand(Script.Value, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        await using (var command = RolesCommand(connection, transaction))
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>The roles as Identity's role manager would create them: a new id, the normalised name, a concurrency stamp.</summary>
    private NpgsqlCommand RolesCommand(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var command = new NpgsqlCommand("""
            insert into identity."AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp")
            select unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), gen_random_uuid()::text
            on conflict ("NormalizedName") do nothing
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = Roles.UserRoles.Select(_ => Guid.CreateVersion7()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = Roles.UserRoles.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = Roles.UserRoles.Select(normalizer.NormalizeName).ToArray() });
        return command;
    }
}
