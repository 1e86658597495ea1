using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.IntegrationTests.Database;

/// <summary>
/// The identity schema comes from the server's own script (IdentitySchema.sql), no longer from EF Core migrations:
/// a new database gets exactly what the migrations made, a database they made (IdentitySchemaOfEfMigrations.sql, a
/// pg_dump of one) starts as it is and keeps its accounts, and nodes that start at once all start.
/// </summary>
public sealed class IdentitySchemaTests(TechMarketHost host) : ApiTest(host)
{
    /// <summary>Every column, constraint, index, function and trigger of the identity schema, as PostgreSQL prints them.</summary>
    private const string DescribeSchema = """
        select format('column %s.%s %s %s%s%s%s', c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                      case when a.attnotnull then ' not null' else '' end, ' default ' || pg_get_expr(d.adbin, d.adrelid),
                      case a.attidentity when 'a' then ' identity always' when 'd' then ' identity by default' else '' end)
          from pg_attribute a join pg_class c on c.oid = a.attrelid
          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
         where c.relnamespace = 'identity'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
        union all
        select format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
          from pg_constraint where connamespace = 'identity'::regnamespace
        union all
        select format('index %s', pg_get_indexdef(indexrelid))
          from pg_index join pg_class c on c.oid = indexrelid where c.relnamespace = 'identity'::regnamespace
        union all
        select format('sequence %s', relname) from pg_class where relnamespace = 'identity'::regnamespace and relkind = 'S'
        union all
        select format('function %s', pg_get_functiondef(oid)) from pg_proc where pronamespace = 'identity'::regnamespace
        union all
        select format('trigger %s', pg_get_triggerdef(t.oid))
          from pg_trigger t join pg_class c on c.oid = t.tgrelid where c.relnamespace = 'identity'::regnamespace and not t.tgisinternal
        order by 1
        """;

    private static readonly string SchemaOfEfMigrations = ReadResource("IdentitySchemaOfEfMigrations.sql");

    [Fact]
    public async Task A_new_database_gets_exactly_the_schema_the_EF_migrations_made()
    {
        await using var migrated = await ScratchDatabase.CreateAsync(Host, "ef_migrated");
        await using var fresh = await ScratchDatabase.CreateAsync(Host, "identity_fresh");
        await migrated.ExecuteAsync(SchemaOfEfMigrations);

        await EnsureSchemaAsync(fresh.ConnectionString);

        var made = await migrated.QueryAsync<string>(DescribeSchema);
        made.ShouldContain(line => line.Contains("__ef_migrations"));
        (await fresh.QueryAsync<string>(DescribeSchema)).ShouldBe(made.Where(line => !line.Contains("__ef_migrations")));
    }

    [Fact]
    public async Task Nodes_that_start_at_once_on_a_new_database_all_start_and_make_each_role_once()
    {
        await using var fresh = await ScratchDatabase.CreateAsync(Host, "identity_race");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => EnsureSchemaAsync(fresh.ConnectionString))));
        var roles = await fresh.QueryAsync<string>("""select "Id"::text || ' ' || "Name" from identity."AspNetRoles" order by 1""");
        await EnsureSchemaAsync(fresh.ConnectionString);

        roles.Select(role => role.Split(' ')[1]).Order().ShouldBe(Roles.UserRoles.Order());
        (await fresh.QueryAsync<string>("""select "Id"::text || ' ' || "Name" from identity."AspNetRoles" order by 1""")).ShouldBe(roles);
    }

    [Fact]
    public async Task A_database_the_EF_migrations_made_starts_on_two_nodes_and_keeps_its_accounts()
    {
        await using var database = await ScratchDatabase.CreateAsync(Host, "ef_upgrade");
        await database.ExecuteAsync(SchemaOfEfMigrations);
        var email = $"expert-{Guid.NewGuid():N}@example.cn";
        await AddAccountAsEfStoredItAsync(database, email, Roles.Expert);
        var schema = await database.QueryAsync<string>(DescribeSchema);
        var roleIds = await database.QueryAsync<Guid>("""select "Id" from identity."AspNetRoles" """);

        await using var first = new SecondNode(Host, connectionString: database.ConnectionString);
        await using var second = new SecondNode(Host, connectionString: database.ConnectionString);
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        (await database.QueryAsync<string>(DescribeSchema)).ShouldBe(schema);
        (await database.QueryAsync<string>("""select "MigrationId" from identity.__ef_migrations order by 1""")).Count.ShouldBe(3);
        (await database.QueryAsync<Guid>("""select "Id" from identity."AspNetRoles" where "Name" = 'Expert'""")).ShouldBe(roleIds);
        (await database.QueryAsync<long>("""select count(*) from identity."AspNetRoles" """)).Single().ShouldBe(Roles.UserRoles.Count);
        using var browser = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pkce = Pkce.New();
        var tokens = await SignIn.RedeemAsync(browser, await SignIn.CodeAsync(browser, email, Accounts.Password, pkce), pkce.Verifier);
        using var expert = first.CreateApiClient(tokens.AccessToken!);
        (await expert.GetAsync("/api/reviews/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>The role as the former start-up made it with the role manager, and an account in it with the columns
    /// EF Core's user store wrote.</summary>
    private static async Task AddAccountAsEfStoredItAsync(ScratchDatabase database, string email, string role)
    {
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "升级前的专家" };
        var roleId = Guid.CreateVersion7();
        await database.ExecuteAsync(
            """insert into identity."AspNetRoles" ("Id", "Name", "NormalizedName", "ConcurrencyStamp") values ($1, $2, upper($2), $3)""",
            roleId, role, Guid.NewGuid().ToString());
        await database.ExecuteAsync(
            """
            insert into identity."AspNetUsers" ("Id", "DisplayName", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
                "LockoutEnabled", "AccessFailedCount")
            values ($1, $2, $3, upper($3), $3, upper($3), true, $4, $5, $6, false, false, true, 0)
            """,
            user.Id, user.DisplayName, email, new PasswordHasher<AppUser>().HashPassword(user, Accounts.Password),
            Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString());
        await database.ExecuteAsync("""insert into identity."AspNetUserRoles" ("UserId", "RoleId") values ($1, $2)""", user.Id, roleId);
    }

    /// <summary>What a node's start does first, with a node's own connections.</summary>
    private static async Task EnsureSchemaAsync(string connectionString)
    {
        await using var database = new IdentityDatabase(connectionString);
        await new IdentitySchema(database, new UpperInvariantLookupNormalizer()).EnsureAsync(CancellationToken.None);
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(IdentitySchemaTests).Assembly.GetManifestResourceStream(typeof(IdentitySchemaTests), name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
