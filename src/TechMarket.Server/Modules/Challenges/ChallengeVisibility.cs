using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>Who may see what of a challenge, and the views each reader gets.</summary>
public static class ChallengeVisibility
{
    public static bool IsBureauOf(ChallengeDetails challenge, Actor actor) => actor.Covers(challenge.District);

    public static bool IsFunder(ChallengeDetails challenge, Actor actor) =>
        actor.OrganisationId is { } org && challenge.FunderIds.Contains(org);

    /// <summary>Drafts are seen by their bureau and the enterprises asked to fund them; the rest by everyone.</summary>
    public static bool CanSee(ChallengeDetails challenge, Actor actor) =>
        challenge.Status != ChallengeStatus.Draft || IsBureauOf(challenge, actor) || IsFunder(challenge, actor);

    /// <summary>Who writes the challenge stream with If-Match, and so is given its version.</summary>
    public static bool Administers(ChallengeDetails challenge, Actor actor) => IsBureauOf(challenge, actor) || IsFunder(challenge, actor);

    public static bool DetailsUnlockedFor(ChallengeDetails challenge, Actor actor) =>
        IsBureauOf(challenge, actor) || IsFunder(challenge, actor)
        || (actor.OrganisationId is { } org && challenge.Disclosures.Any(d => d.OrganisationId == org));

    public static long SecondsLeft(ChallengeDetails challenge, DateTimeOffset now) =>
        challenge.Status == ChallengeStatus.Published ? Math.Max(0, (long)(challenge.Terms.ClosesAt - now).TotalSeconds) : 0;

    public static ChallengeCard ToCard(ChallengeDetails c, int bidCount, DateTimeOffset now) => new(
        c.Id, c.Terms.Title, c.Terms.PublicSummary, c.Terms.Field, c.District, c.Status, c.Terms.Mode, c.Terms.WinnerCount, c.Bounty,
        c.Terms.OpensAt, c.Terms.ClosesAt, SecondsLeft(c, now), bidCount);

    public static ChallengeView ToView(ChallengeDetails c, Actor actor, int bidCount, IReadOnlyDictionary<Guid, string> organisationNames, DateTimeOffset now)
    {
        var unlocked = DetailsUnlockedFor(c, actor);
        var winners = c.Results.Where(r => r.Won)
            .Select(r => new WinnerView(
                r.Label, r.OrganisationId, organisationNames.GetValueOrDefault(r.OrganisationId, string.Empty), r.Rank, decimal.Round(r.Score, 2), r.Funding,
                r.Members))
            .OrderBy(w => w.Rank)
            .ToList();
        return new ChallengeView(
            c.Id, Administers(c, actor) ? c.Version : null, c.District, c.Status, c.Terms with { ConfidentialDetails = string.Empty },
            unlocked ? c.Terms.ConfidentialDetails : null,
            unlocked, c.Funding, c.Bounty, bidCount, SecondsLeft(c, now), c.Commitments.Select(p => new CommitmentView(p.Label, p.Commitment)).ToList(), winners,
            c.Results.Count == 0 ? null : c.Bounty - winners.Sum(w => w.Funding), c.PublicityEndsAt,
            c.CancellationReason, c.FailureReason, c.UnfilledReason, c.Republications, c.PublishedAt, c.ClosedAt, c.AwardedAt);
    }
}
