using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>"board:&lt;challenge id&gt;": a challenge's live board, for everyone signed in once it is published. A
/// draft is nobody's to watch (its bureau and funders read it over HTTP); an unknown id is refused the same way.</summary>
public sealed class BoardChannel(IDocumentStore store) : IHubChannel
{
    public const string KindName = "board";

    public string Kind => KindName;

    public async Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var challengeId))
        {
            return NotPublic;
        }

        await using var session = store.QuerySession();
        var challenge = await session.LoadAsync<ChallengeDetails>(challengeId, ct);
        return challenge is null || challenge.Status == ChallengeStatus.Draft ? NotPublic : null;
    }

    private static readonly DomainError NotPublic = DomainError.NotFound("not-found", "No published challenge has this id.");
}

/// <summary>"organisation:&lt;id&gt;": what is addressed to an organisation, for its own users only.</summary>
public sealed class OrganisationChannel : IHubChannel
{
    public string Kind => "organisation";

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult(Guid.TryParse(id, out var organisation) && actor.BelongsTo(organisation)
            ? null
            : DomainError.Forbidden("not-your-organisation", "Only an organisation's own users watch its channel."));
}

/// <summary>"ticker:&lt;district&gt;" or "ticker:city": the bureau's transaction-value ticker, for officers whose
/// jurisdiction covers it (the city bureau covers every district). A district the city does not have is no channel.</summary>
public sealed class TickerChannel(ReferenceCatalog catalog) : IHubChannel
{
    public string Kind => "ticker";

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult(!catalog.IsDistrict(id) && id != Jurisdictions.City
            ? DomainError.NotFound("not-found", "There is no such district.")
            : actor.IsIn(Roles.Bureau) && (actor.Jurisdiction == Jurisdictions.City || actor.Jurisdiction == id)
                ? null
                : DomainError.Forbidden("outside-jurisdiction", "The ticker is for the bureau officers of its district."));
}

/// <summary>"bids:&lt;challenge id&gt;": bids are sealed, so there is no live view of them for anyone — the channel
/// exists only to be refused, rather than quietly joined and never fed.</summary>
public sealed class SealedBidsChannel : IHubChannel
{
    public string Kind => "bids";

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult<DomainError?>(DomainError.Forbidden("sealed", "Bids are sealed until the deadline; nobody watches them live."));
}
