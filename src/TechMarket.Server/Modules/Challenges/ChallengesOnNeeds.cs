using Marten;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>The challenges' answer to what a need asks of them: which of them hold it.</summary>
internal sealed class ChallengesOnNeeds : INeedChallenges
{
    /// <summary>From publication until the challenge is over: bidders and winners are working on the need.</summary>
    private static readonly ChallengeStatus[] Holding =
    [
        ChallengeStatus.Published, ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview,
        ChallengeStatus.InPublicity, ChallengeStatus.Awarded, ChallengeStatus.InProgress,
    ];

    public async Task<IReadOnlyList<string>> HoldingAsync(IQuerySession session, IReadOnlyCollection<Guid> challengeIds, CancellationToken ct)
    {
        if (challengeIds.Count == 0)
        {
            return [];
        }

        var challenges = await session.LoadManyAsync<ChallengeDetails>(ct, challengeIds);
        return [.. challenges.Where(c => Holding.Contains(c.Status)).Select(c => c.Terms.Title)];
    }
}
