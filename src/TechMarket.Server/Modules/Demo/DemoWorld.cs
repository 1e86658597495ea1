using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Demo;

/// <summary>The demo organisations and accounts, for stories that act as them.</summary>
internal sealed class DemoWorld(IReadOnlyList<Organisation> organisations, IReadOnlyList<AppUser> users)
{
    public IEnumerable<Actor> Actors => users.Select(u => Actor(u.Email!));

    public IReadOnlyList<Organisation> Organisations => organisations;

    public Actor Actor(string email)
    {
        var user = users.Single(u => u.Email == email);
        return ActorFor(user, DemoCatalog.Users.Single(d => d.Email == email).Role);
    }

    public Organisation? Organisation(string email) =>
        users.Single(u => u.Email == email).OrganisationId is { } id ? organisations.Single(o => o.Id == id) : null;

    /// <summary>The organisation a user acts for, as a command reads it with the user's token.</summary>
    public Organisation? OrganisationOf(Actor actor) => organisations.SingleOrDefault(o => o.Id == actor.OrganisationId);

    /// <summary>The user as its access token would present it.</summary>
    public static Actor ActorFor(AppUser user, string role) =>
        new(user.Id, user.DisplayName, new HashSet<string> { role }, user.OrganisationId, user.Jurisdiction);
}
