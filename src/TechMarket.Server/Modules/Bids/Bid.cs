using JasperFx.Core;

namespace TechMarket.Server.Modules.Bids;

public enum BidStatus
{
    Submitted,
    Withdrawn,
}

/// <summary>What the decisions about a sealed bid read: whose it is and whether it stands. Its content and receipts
/// live in <see cref="BidDetails"/>.</summary>
public sealed record Bid(Guid Id, Guid ChallengeId, Guid OrganisationId, BidStatus Status)
{
    /// <summary>The one fold of a bid's stream: Marten's and the tests'. A withdrawn bid may be submitted again before
    /// the deadline; it keeps its identity.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Bid? Evolve(Bid? state, BidEvent e) => (state, e) switch
    {
        (null, BidSubmitted x) => new Bid(x.BidId, x.ChallengeId, x.OrganisationId, BidStatus.Submitted),
        ({ } bid, BidSubmitted) => bid with { Status = BidStatus.Submitted },
        ({ } bid, BidWithdrawn) => bid with { Status = BidStatus.Withdrawn },
        _ => state,
    };
}
