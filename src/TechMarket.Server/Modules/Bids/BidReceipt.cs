using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The receipt a bidder keeps: the commitment of what it just submitted or amended.</summary>
public sealed record BidReceipt(Guid BidId, Guid ChallengeId, string Commitment, DateTimeOffset At)
{
    /// <summary>The receipt of an accepted submission or amendment, built from its event (a joint bid's naming follows
    /// it): no read after the write.</summary>
    /// <param name="challengeId">The bid's challenge (an amendment's event does not repeat it).</param>
    public static Ok<BidReceipt> Of(Decision decision, Guid challengeId) =>
        TypedResults.Ok(decision.Events.First(e => e is BidSubmitted or BidAmended) switch
        {
            BidSubmitted e => new BidReceipt(e.BidId, e.ChallengeId, e.Commitment, e.At),
            BidAmended e => new BidReceipt(e.BidId, challengeId, e.Commitment, e.At),
            var e => throw new InvalidOperationException($"{e.GetType().Name} gives no receipt."),
        });
}
