using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Infrastructure.Realtime;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>"ticker:&lt;district&gt;" or "ticker:city": the bureau's transaction-value ticker, for officers whose
/// jurisdiction covers it (the city bureau covers every district). A district the city does not have is no channel.</summary>
public sealed class TickerChannel(ReferenceCatalog catalog) : IHubChannel
{
    public const string KindName = "ticker";

    public string Kind => KindName;

    public Task<DomainError?> AuthorizeAsync(Actor actor, string id, CancellationToken ct) =>
        Task.FromResult(!catalog.IsDistrict(id) && id != Jurisdictions.City
            ? DomainError.NotFound("not-found", "There is no such district.")
            : actor.IsIn(Roles.Bureau) && (actor.Jurisdiction == Jurisdictions.City || actor.Jurisdiction == id)
                ? null
                : DomainError.Forbidden("outside-jurisdiction", "The ticker is for the bureau officers of its district."));
}
