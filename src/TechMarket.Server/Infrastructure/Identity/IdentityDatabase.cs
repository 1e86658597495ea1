using Npgsql;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>The connections of the identity schema's stores (accounts, roles, the data-protection key ring, OpenIddict's
/// applications, authorizations, scopes and tokens) and its start-up step: plain Npgsql, named in pg_stat_activity
/// apart from the event store's.</summary>
public sealed class IdentityDatabase(string connectionString) : IAsyncDisposable
{
    public const string Schema = "identity";

    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "techmarket-identity",
    }.ConnectionString);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
