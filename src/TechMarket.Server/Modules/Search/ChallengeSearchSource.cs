using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Search;

/// <summary>Challenges from publication on (not drafts, not cancelled ones): title, public summary, requirements,
/// field, bounty — never the confidential details or anything of the bids.</summary>
public sealed class ChallengeSearchSource : ISearchSource
{
    private static readonly HashSet<ChallengeStatus> Hidden = [ChallengeStatus.Draft, ChallengeStatus.Cancelled];

    public SearchKind Kind => SearchKind.Challenge;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        ChallengeEvent => e.StreamId, // whatever happened, the challenge is indexed as it is now (or removed)
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var challenges = (await session.LoadManyAsync<ChallengeDetails>(ct, ids)).ToDictionary(c => c.Id);
        return ids.ToDictionary(id => id, id => challenges.GetValueOrDefault(id) is { } c && !Hidden.Contains(c.Status)
            ? new SearchDocument(SearchKind.Challenge, c.Id, Guid.Empty, string.Empty, null, c.Terms.Title, $"{c.Terms.PublicSummary}\n{c.Terms.Requirements}",
                [c.Terms.Field], c.District, null, null, c.Bounty, false, DateOnly.FromDateTime(c.Terms.ClosesAt.UtcDateTime), c.PublishedAt ?? c.UpdatedAt)
            : null);
    }
}
