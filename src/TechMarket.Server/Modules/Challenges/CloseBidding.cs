using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>At the deadline bidding closes by itself: the commitments of the bids that stand are published and
/// each bid gets a blind label (A, B, C… in commitment order, which says nothing about who or when).</summary>
public static class CloseBidding
{
    public static Decision Decide(Challenge challenge, IReadOnlyList<BidDetails> standingBids, DateTimeOffset now)
    {
        if (challenge.Status != ChallengeStatus.Published)
        {
            return DomainError.Conflict("invalid-transition", "Only a published challenge closes for bids.");
        }

        if (now < challenge.Terms.ClosesAt)
        {
            return DomainError.Conflict("deadline-not-reached", "The bidding deadline has not passed yet.");
        }

        var commitments = standingBids
            .Where(b => b.Status == BidStatus.Submitted)
            .OrderBy(b => b.Commitment, StringComparer.Ordinal)
            .Select((b, i) => new PublishedCommitment(Label(i), b.Id, b.Commitment, b.LastChangedAt))
            .ToList();
        return Decision.Accept(new BiddingClosed(challenge.Id, commitments, now));
    }

    /// <summary>A, B, …, Z, AA, AB, … like spreadsheet columns.</summary>
    public static string Label(int index)
    {
        var label = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return label;
    }
}

public sealed class ChallengeOptions
{
    /// <summary>How often the scheduler looks for challenges past their deadline.</summary>
    public int ClosePollSeconds { get; set; } = 5;

    /// <summary>The scheduler waits this long past the deadline before it closes the bidding gate. Bid commands stop
    /// at the deadline by their own clock; the gate, not this grace, guarantees that no bid lands after the close.</summary>
    public int CloseGraceSeconds { get; set; } = 2;

    /// <summary>Reviews each bid needs before the award.</summary>
    public int MinimumReviews { get; set; } = 3;
}

/// <summary>Appends BiddingClosed at each deadline even if no request arrives. Every node may run it: the bidding
/// gate serialises two closers of one challenge, and the second finds it closed already.</summary>
internal sealed class BiddingCloser(IDocumentStore store, TimeProvider clock, IOptions<ChallengeOptions> options, ILogger<BiddingCloser> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ClosePollSeconds));
        do
        {
            try
            {
                await CloseDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Closing challenges past their deadline failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

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
            var bids = await session.Query<BidDetails>().Where(b => b.ChallengeId == challengeId).ToListAsync(ct);
            var decision = CloseBidding.Decide(stream.Aggregate!, bids, now);
            if (decision.IsRefused)
            {
                return; // rolled back with the session: the gate stays as it was
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(ct);
            logger.LogInformation("Bidding closed on challenge {ChallengeId} with {Bids} bids", challengeId, bids.Count(b => b.Status == BidStatus.Submitted));
        }
        catch (ConcurrencyException)
        {
            // Someone changed the challenge meanwhile: the next tick looks again.
        }
    }
}
