using JasperFx;
using Marten;
using Marten.Schema;
using Npgsql;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// One bid per organisation per challenge. The bid's id is random and says nothing about who bid; this slot,
/// written in the same transaction as the bid stream's start, is what ties an organisation to its bid on a
/// challenge. A unique index on (challenge, organisation) makes a second start lose, however close the race.
/// Slots never leave the server: only the bid's own organisation is ever told the id they lead to.
/// </summary>
public sealed class BidSlot
{
    /// <summary>The bid's id (its stream id).</summary>
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public static void Configure(StoreOptions options) =>
        options.Schema.For<BidSlot>()
            .DocumentAlias("bid_slot")
            .UniqueIndex(UniqueIndexType.Computed, "bid_slot_one_per_organisation", s => s.ChallengeId, s => s.OrganisationId);

    /// <summary>Whether a write lost the race for the slot (the unique index said no).</summary>
    public static bool IsTaken(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DocumentAlreadyExistsException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new bid gets a random id (v4: no creation time in it, unlike v7).</summary>
    public static BidSlot New(Guid challengeId, Guid organisationId) =>
        new() { Id = Guid.NewGuid(), ChallengeId = challengeId, OrganisationId = organisationId };
}
