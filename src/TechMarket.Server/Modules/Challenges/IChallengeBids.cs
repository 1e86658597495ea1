using Marten;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>
/// What a challenge needs to know of the bids on it — to close bidding, count standing bids, keep conflicted experts
/// away and award — asked of the bids module, which answers it (Bids depends on Challenges, never the reverse). The
/// session is the caller's, so an answer is read in the caller's transaction.
/// </summary>
public interface IChallengeBids
{
    /// <summary>Every bid on the challenge, standing or withdrawn.</summary>
    Task<IReadOnlyList<ChallengeBid>> OnAsync(IQuerySession session, Guid challengeId, CancellationToken ct);

    /// <summary>Standing bids per challenge — all the public learns about bids before the close.</summary>
    Task<IReadOnlyDictionary<Guid, int>> StandingCountsAsync(IQuerySession session, IReadOnlyCollection<Guid> challengeIds, CancellationToken ct);
}

/// <summary>A bid as the challenge sees it: whose it is, whether it stands, its current commitment, and the budget it
/// asks for (the award funds that, never more than a winner's share). A joint bid (联合答题) names its
/// <see cref="Members"/> and the lead's role and share; it is valid at the close only when every member confirmed.</summary>
public sealed record ChallengeBid(
    Guid BidId, Guid OrganisationId, string OrganisationName, bool Standing, string Commitment, DateTimeOffset LastChangedAt, decimal Budget,
    IReadOnlyList<JointPartner>? Members = null, string? LeadRole = null)
{
    /// <summary>A solo bid, or a joint bid every member of which confirmed: only such a bid takes part at the close.</summary>
    public bool Valid => Members is null || Members.All(m => m.Confirmed);

    /// <summary>The lead and every member: whom eligibility and conflicts of interest concern.</summary>
    public IEnumerable<(Guid Id, string Name)> Organisations =>
        [(OrganisationId, OrganisationName), .. (Members ?? []).Select(m => (m.OrganisationId, m.OrganisationName))];
}
