using Microsoft.EntityFrameworkCore;

namespace TechMarket.CrudPeer;

/// <summary>The conventional schema: one row per bid, a unique (challenge, organisation) pair, and the two rows a
/// bid is checked against. Its own schema in the benchmark's database.</summary>
public sealed class PeerDb(DbContextOptions<PeerDb> options) : DbContext(options)
{
    public const string Schema = "crud";

    public DbSet<PeerChallenge> Challenges => Set<PeerChallenge>();

    public DbSet<PeerOrganisation> Organisations => Set<PeerOrganisation>();

    public DbSet<PeerBid> Bids => Set<PeerBid>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<PeerChallenge>().ToTable("challenges");
        modelBuilder.Entity<PeerOrganisation>().ToTable("organisations");
        modelBuilder.Entity<PeerBid>(bid =>
        {
            bid.ToTable("bids");
            bid.HasIndex(b => new { b.ChallengeId, b.OrganisationId }).IsUnique();
            bid.Property(b => b.Budget).HasPrecision(14, 2);
        });
        modelBuilder.Entity<PeerChallenge>().Property(c => c.Bounty).HasPrecision(14, 2);
    }
}

public sealed class PeerChallenge
{
    public Guid Id { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    public decimal Bounty { get; set; }

    /// <summary>Organisation kinds that may bid (University, Institute, …).</summary>
    public required string[] EligibleKinds { get; set; }

    public required Guid[] FunderIds { get; set; }
}

public sealed class PeerOrganisation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    public required string Status { get; set; }
}

public sealed class PeerBid
{
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string TechnicalApproach { get; set; }

    public required string Team { get; set; }

    public decimal Budget { get; set; }

    public required string Schedule { get; set; }

    public required string Salt { get; set; }

    public required string Commitment { get; set; }

    public Guid SubmittedBy { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
