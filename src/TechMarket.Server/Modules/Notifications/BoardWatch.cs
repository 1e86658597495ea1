using Marten;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>The boards an event page touched, as they are now — status, standing bids, deadline, nothing about who bid
/// — each queued for a push when it differs from what its watchers last saw (the snapshot is stored in the page's
/// transaction, so a page that rolls back pushes nothing and changes nothing).</summary>
public sealed class BoardWatch(IChallengeBids bids, TimeProvider clock)
{
    public async Task NoteAsync(IDocumentOperations operations, IReadOnlyCollection<Guid> touched, NotificationOutbox outbox, CancellationToken ct)
    {
        if (touched.Count == 0)
        {
            return;
        }

        var counts = await bids.StandingCountsAsync(operations, touched, ct);
        var shown = (await operations.LoadManyAsync<BoardSnapshot>(ct, touched)).ToDictionary(s => s.Id);
        var now = clock.GetUtcNow();
        foreach (var challenge in await operations.LoadManyAsync<ChallengeDetails>(ct, touched))
        {
            var count = counts.GetValueOrDefault(challenge.Id);
            var closesAt = challenge.Terms.ClosesAt;
            var snapshot = shown.GetValueOrDefault(challenge.Id);
            if (challenge.Status == ChallengeStatus.Draft || snapshot?.Shows(challenge.Status, count, closesAt) == true)
            {
                continue;
            }

            // The loaded snapshot is the session's own: change it, rather than store a second document with its id.
            snapshot ??= new BoardSnapshot { Id = challenge.Id };
            (snapshot.Status, snapshot.BidCount, snapshot.ClosesAt) = (challenge.Status, count, closesAt);
            operations.Store(snapshot);
            outbox.Board(new BoardChanged(challenge.Id, challenge.Status, count, closesAt, ChallengeVisibility.SecondsLeft(challenge, now)));
        }
    }
}
