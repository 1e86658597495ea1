using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>Appends BiddingClosed at each deadline even if no request arrives. Every node may run it: the bidding
/// gate serialises two closers of one challenge, and the second finds it closed already.</summary>
internal sealed class BiddingCloser(
    IDocumentStore store, IChallengeBids bids, TimeProvider clock, IOptions<ChallengeOptions> options, ILogger<BiddingCloser> logger)
    : PeriodicService(TimeSpan.FromSeconds(options.Value.ClosePollSeconds), runAtStart: true, logger)
{
    protected override string Work => "Closing challenges past their deadline";

    protected override Task RunOnceAsync(CancellationToken ct) => CloseDueAsync(ct);

    public async Task CloseDueAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddSeconds(-options.Value.CloseGraceSeconds);
        await using var query = store.QuerySession();
        var due = await query.Query<ChallengeDetails>()
            .Where(c => c.Status == ChallengeStatus.Published && c.Terms.ClosesAt <= cutoff)
            .Select(c => c.Id)
            .ToListAsync(ct);
        foreach (var id in due)
        {
            await CloseAsync(id, ct);
        }
    }

    /// <summary>One transaction: close the gate (waiting for bid writes already past it), read the bids, append.</summary>
    public async Task CloseAsync(Guid challengeId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        try
        {
            await session.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            await BiddingGate.CloseAsync(session, challengeId, now, ct);
            var stream = await session.Events.FetchForWriting<Challenge>(challengeId, ct);
            var onChallenge = await bids.OnAsync(session, challengeId, ct);
            var decision = CloseBidding.Decide(stream.Aggregate!, new CloseBidding(now), onChallenge);
            if (decision.IsRefused)
            {
                return; // rolled back with the session: the gate stays as it was
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            logger.LogInformation("Bidding closed on challenge {ChallengeId} with {Bids} bids", challengeId, onChallenge.Count(b => b.Standing));
        }
        catch (ConcurrencyException)
        {
            // Someone changed the challenge meanwhile: the next tick looks again.
        }
    }
}
