using JasperFx.Events;
using Marten;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.Server.Modules.Search;

/// <summary>
/// Feeds one kind of thing into the index. From an event it names what the event touched; then the feeder loads
/// those things as they are now and the source says what of them is public. Indexing the current state of whatever
/// an event touched makes replaying the events (a rebuild) end in the same index, whatever order they come in.
/// The achievements module adds its own source when it lands.
/// </summary>
public interface ISearchSource
{
    SearchKind Kind { get; }

    Guid? Touched(IEvent e);

    /// <summary>The public document of each id, or null where it is not (or no longer) public.</summary>
    Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct);
}

/// <summary>Accepted needs: title, public summary, field, budget, district and desired delivery — never the
/// description or the confidential details.</summary>
public sealed class NeedSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Need;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        NeedDrafted or NeedEdited or NeedSubmitted or NeedWithdrawn or NeedAccepted or NeedRejected or NeedTakenIntoChallenge => e.StreamId,
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var needs = (await session.LoadManyAsync<NeedDetails>(ct, ids)).ToDictionary(n => n.Id);
        return ids.ToDictionary(id => id, id => needs.GetValueOrDefault(id) is { Status: NeedStatus.Accepted } n
            ? new SearchDocument(SearchKind.Need, n.Id, n.OrganisationId, n.OrganisationName, OrganisationKind.Enterprise, n.Title, n.PublicSummary, [n.Field], n.District,
                null, n.BudgetMin, n.BudgetMax, false, n.DesiredDelivery, n.AcceptedAt ?? n.UpdatedAt)
            : null);
    }
}

/// <summary>Challenges from publication on (not drafts, not cancelled ones): title, public summary, requirements,
/// field, bounty — never the confidential details or anything of the bids.</summary>
public sealed class ChallengeSearchSource : ISearchSource
{
    private static readonly HashSet<ChallengeStatus> Hidden = [ChallengeStatus.Draft, ChallengeStatus.Cancelled];

    public SearchKind Kind => SearchKind.Challenge;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        ChallengeDrafted or ChallengePublished or BiddingClosed or ChallengeCancelled or ChallengeAwarded or ChallengeCompleted or ChallengeFailed => e.StreamId,
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

/// <summary>Profiles of approved organisations: summary, strengths, teams and products.</summary>
public sealed class ProfileSearchSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Profile;

    public Guid? Touched(IEvent e) => e.Data switch
    {
        ProfileSaved saved => saved.ProfileId,
        OrganisationApproved or OrganisationSuspended or OrganisationReinstated => ProfileIds.ForOrganisation(e.StreamId),
        _ => null,
    };

    public async Task<IReadOnlyDictionary<Guid, SearchDocument?>> LoadAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var profiles = (await session.LoadManyAsync<ProfileDetails>(ct, ids)).ToDictionary(p => p.Id);
        var organisations = (await session.LoadManyAsync<Organisation>(ct, profiles.Values.Select(p => p.OrganisationId).ToArray()))
            .ToDictionary(o => o.Id);
        return ids.ToDictionary(id => id, id => profiles.GetValueOrDefault(id) is { } p && organisations.GetValueOrDefault(p.OrganisationId) is { IsApproved: true }
            ? ToDocument(p)
            : null);
    }

    public static SearchDocument ToDocument(ProfileDetails p)
    {
        var c = p.Content;
        var text = string.Join('\n', new[] { c.Summary }
            .Concat(c.Strengths.Select(s => $"{s.Name} {s.Description}"))
            .Concat(c.Teams.Select(t => $"{t.Name} {t.Description}"))
            .Concat(c.Products.Select(x => $"{x.Name} {x.Description}")));
        var title = string.Join(' ', new[] { p.OrganisationName }.Concat(c.Strengths.Select(s => s.Name)).Concat(c.Products.Select(x => x.Name)));
        return new SearchDocument(SearchKind.Profile, p.Id, p.OrganisationId, p.OrganisationName, p.Kind, title, text, c.Fields, p.District,
            null, null, null, false, null, p.UpdatedAt);
    }
}
