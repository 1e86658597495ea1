using Marten;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>Answers what a challenge asks of its bids, from the bids' read model.</summary>
internal sealed class BidsOnChallenges : IChallengeBids
{
    public async Task<IReadOnlyList<ChallengeBid>> OnAsync(IQuerySession session, Guid challengeId, CancellationToken ct) =>
    [
        .. (await session.Query<BidDetails>().Where(b => b.ChallengeId == challengeId).ToListAsync(ct)).Select(AsChallengeBid),
    ];

    /// <summary>A bid as the challenge sees it: standing while submitted, with its latest commitment.</summary>
    public static ChallengeBid AsChallengeBid(BidDetails bid) =>
        new(bid.Id, bid.OrganisationId, bid.OrganisationName, bid.Status == BidStatus.Submitted, bid.Commitment, bid.LastChangedAt, bid.Content.Budget,
            bid.Members.Count == 0
                ? null
                : [.. bid.Members.Select(m => new JointPartner(m.OrganisationId, m.OrganisationName, m.Role, m.Share, m.Answer == MemberAnswer.Confirmed))],
            bid.Members.Count == 0 ? null : bid.LeadRole);

    public async Task<IReadOnlyDictionary<Guid, int>> StandingCountsAsync(IQuerySession session, IReadOnlyCollection<Guid> challengeIds, CancellationToken ct)
    {
        if (challengeIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var ids = challengeIds.ToArray();
        var standing = await session.Query<BidDetails>()
            .Where(b => ids.Contains(b.ChallengeId) && b.Status == BidStatus.Submitted)
            .Select(b => b.ChallengeId)
            .ToListAsync(ct);
        return standing.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
    }
}
