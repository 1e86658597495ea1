using System.Text.Json.Serialization;
using JasperFx;
using Marten;
using Marten.Schema;
using Npgsql;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// One organisation, one bid per challenge — as lead or as member (联合答题). A lead takes part from its bid's start (its
/// row, written in the same transaction as the bid stream's start, is the one whose id is the bid's), a member from its
/// confirmation; a unique index on (challenge, organisation) makes the second of two parts lose, however close the race:
/// never two bids of one organisation, nor a part in two. The bid's id is random and says nothing about who bid; these
/// rows tie the organisations to it, and they never leave the server.
/// </summary>
public sealed class BidParticipant
{
    /// <summary>The bid's id for its lead's row; a random one for a member's.</summary>
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid BidId { get; set; }

    /// <summary>Whether the organisation leads the bid: it started it, and submits it again under its id after a withdrawal.</summary>
    [JsonIgnore]
    public bool Leads => Id == BidId;

    public static void Configure(StoreOptions options) =>
        options.Schema.For<BidParticipant>()
            .DocumentAlias("bid_participant")
            .UniqueIndex(UniqueIndexType.Computed, "bid_participant_one_per_organisation", p => p.ChallengeId, p => p.OrganisationId)
            .Index(p => p.BidId);

    /// <summary>The lead's row of a new bid, which gets a random id (v4: no creation time in it, unlike v7).</summary>
    public static BidParticipant NewBid(Guid challengeId, Guid organisationId) => Lead(challengeId, organisationId, Guid.NewGuid());

    /// <summary>The lead's row of a bid: under the bid's id.</summary>
    public static BidParticipant Lead(Guid challengeId, Guid organisationId, Guid bidId) =>
        new() { Id = bidId, ChallengeId = challengeId, OrganisationId = organisationId, BidId = bidId };

    public static BidParticipant Member(Guid challengeId, Guid organisationId, Guid bidId) =>
        new() { Id = Guid.NewGuid(), ChallengeId = challengeId, OrganisationId = organisationId, BidId = bidId };

    /// <summary>Whether a write lost the race for a part (the unique index said no).</summary>
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

    /// <summary>Whether the organisation takes part in a bid on the challenge other than <paramref name="bidId"/>.</summary>
    public static Task<bool> ElsewhereAsync(IQuerySession session, Guid challengeId, Guid organisationId, Guid bidId, CancellationToken ct) =>
        session.Query<BidParticipant>().AnyAsync(p => p.ChallengeId == challengeId && p.OrganisationId == organisationId && p.BidId != bidId, ct);

    /// <summary>Keeps the members' rows as the decision leaves the bid: a confirmation takes a row, a decline, a changed
    /// share or a withdrawal gives it back. Runs with the decision, in its transaction.</summary>
    public static void Track(IDocumentSession session, Bid? before, IReadOnlyList<object> events)
    {
        var after = events.OfType<BidEvent>().Aggregate(before, Bid.Evolve);
        if (after is null)
        {
            return;
        }

        var was = (before?.ConfirmedMembers ?? []).ToHashSet();
        var now = after.ConfirmedMembers.ToHashSet();
        foreach (var gone in was.Except(now))
        {
            session.DeleteWhere<BidParticipant>(p => p.BidId == after.Id && p.OrganisationId == gone);
        }

        foreach (var joined in now.Except(was))
        {
            session.Insert(Member(after.ChallengeId, joined, after.Id));
        }
    }
}
