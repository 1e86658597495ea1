using Marten;
using Marten.Schema;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// One organisation, one bid per challenge — as lead or as member (联合答题). A lead takes part from its bid's start, a
/// member from its confirmation; a unique index on (challenge, organisation) makes the second of two parts lose, however
/// close the race. Like <see cref="BidSlot"/> it never leaves the server. Bids started before joint bids have a slot and
/// no participant row, so the check before a confirmation reads both.
/// </summary>
public sealed class BidParticipant
{
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid BidId { get; set; }

    public static void Configure(StoreOptions options) =>
        options.Schema.For<BidParticipant>()
            .DocumentAlias("bid_participant")
            .UniqueIndex(UniqueIndexType.Computed, "bid_participant_one_per_organisation", p => p.ChallengeId, p => p.OrganisationId)
            .Index(p => p.BidId);

    public static BidParticipant Of(Guid challengeId, Guid organisationId, Guid bidId) =>
        new() { Id = Guid.NewGuid(), ChallengeId = challengeId, OrganisationId = organisationId, BidId = bidId };

    /// <summary>Whether the organisation takes part in a bid on the challenge other than <paramref name="bidId"/>.</summary>
    public static async Task<bool> ElsewhereAsync(IQuerySession session, Guid challengeId, Guid organisationId, Guid bidId, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var participant = batch.Query<BidParticipant>().Where(p => p.ChallengeId == challengeId && p.OrganisationId == organisationId && p.BidId != bidId).Any();
        var slot = batch.Query<BidSlot>().Where(s => s.ChallengeId == challengeId && s.OrganisationId == organisationId && s.Id != bidId).Any();
        await batch.Execute(ct);
        return await participant || await slot;
    }

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
            session.Insert(Of(after.ChallengeId, joined, after.Id));
        }
    }
}
