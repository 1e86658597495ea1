using Microsoft.EntityFrameworkCore;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>The OpenID Connect server's clients, authorizations, scopes and tokens (OpenIddict's EF Core stores), in
/// the identity schema. Only those: accounts, roles and the key ring have Npgsql stores, and the schema is made by
/// <see cref="IdentitySchema"/>, not by migrations.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(IdentityDatabase.Schema);
        modelBuilder.UseOpenIddict();
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseOpenIddict();
}
