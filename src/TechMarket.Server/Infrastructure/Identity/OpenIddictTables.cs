using Microsoft.EntityFrameworkCore;
using TechMarket.Server.Infrastructure.Auth.Stores;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>The OpenID Connect server's four tables in the Entity Framework model, as OpenIddict's Entity Framework
/// package mapped them, so the migrations that create them stay as they are. Only the migrations use this mapping: the
/// server reads and writes the tables with its own stores (<see cref="OpenIdDatabase"/>).</summary>
internal static class OpenIddictTables
{
    public static ModelBuilder MapOpenIddictTables(this ModelBuilder builder)
    {
        builder.Entity<OpenIdApplication>(application =>
        {
            application.ToTable("OpenIddictApplications");
            application.HasKey(a => a.Id);
            application.HasIndex(a => a.ClientId).IsUnique();
            application.Property(a => a.ApplicationType).HasMaxLength(50);
            application.Property(a => a.ClientId).HasMaxLength(100);
            application.Property(a => a.ClientType).HasMaxLength(50);
            application.Property(a => a.ConcurrencyToken).HasMaxLength(50).IsConcurrencyToken();
            application.Property(a => a.ConsentType).HasMaxLength(50);
        });
        builder.Entity<OpenIdAuthorization>(authorization =>
        {
            authorization.ToTable("OpenIddictAuthorizations");
            authorization.HasKey(a => a.Id);
            authorization.HasIndex(a => new { a.ApplicationId, a.Status, a.Subject, a.Type });
            authorization.HasOne<OpenIdApplication>().WithMany().HasForeignKey(a => a.ApplicationId);
            authorization.Property(a => a.ConcurrencyToken).HasMaxLength(50).IsConcurrencyToken();
            authorization.Property(a => a.Status).HasMaxLength(50);
            authorization.Property(a => a.Subject).HasMaxLength(400);
            authorization.Property(a => a.Type).HasMaxLength(50);
        });
        builder.Entity<OpenIdScope>(scope =>
        {
            scope.ToTable("OpenIddictScopes");
            scope.HasKey(s => s.Id);
            scope.HasIndex(s => s.Name).IsUnique();
            scope.Property(s => s.ConcurrencyToken).HasMaxLength(50).IsConcurrencyToken();
            scope.Property(s => s.Name).HasMaxLength(200);
        });
        builder.Entity<OpenIdToken>(token =>
        {
            token.ToTable("OpenIddictTokens");
            token.HasKey(t => t.Id);
            token.HasIndex(t => new { t.ApplicationId, t.Status, t.Subject, t.Type });
            token.HasIndex(t => t.ReferenceId).IsUnique();
            token.HasOne<OpenIdApplication>().WithMany().HasForeignKey(t => t.ApplicationId);
            token.HasOne<OpenIdAuthorization>().WithMany().HasForeignKey(t => t.AuthorizationId);
            token.Property(t => t.ConcurrencyToken).HasMaxLength(50).IsConcurrencyToken();
            token.Property(t => t.ReferenceId).HasMaxLength(100);
            token.Property(t => t.Status).HasMaxLength(50);
            token.Property(t => t.Subject).HasMaxLength(400);
            token.Property(t => t.Type).HasMaxLength(150);
        });
        return builder;
    }
}
