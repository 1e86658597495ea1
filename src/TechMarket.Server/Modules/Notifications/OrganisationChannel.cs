using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>"organisation:&lt;id&gt;": what is addressed to an organisation, for its own users only.</summary>
public sealed class OrganisationChannel : IHubChannel
{
    public string Kind => "organisation";

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult(Guid.TryParse(id, out var organisation) && actor.BelongsTo(organisation)
            ? null
            : DomainError.Forbidden("not-your-organisation", "Only an organisation's own users watch its channel."));
}
