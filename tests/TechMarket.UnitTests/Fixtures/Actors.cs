using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.UnitTests.Fixtures;

/// <summary>Who asks, as the access token would say.</summary>
public static class Actors
{
    public static Actor Enterprise(Guid organisationId) => User(Roles.Enterprise, organisationId, jurisdiction: null);

    public static Actor University(Guid organisationId) => User(Roles.University, organisationId, jurisdiction: null);

    /// <summary>A bureau officer of one district, or of the whole city with <see cref="Jurisdictions.City"/>.</summary>
    public static Actor Bureau(string jurisdiction) => User(Roles.Bureau, organisationId: null, jurisdiction);

    /// <summary>评审专家, optionally employed by an organisation (which conflict detection looks at).</summary>
    public static Actor Expert(Guid? organisationId = null) => User(Roles.Expert, organisationId, jurisdiction: null);

    public static Actor CityBureau() => Bureau(Jurisdictions.City);

    public static Actor User(string role, Guid? organisationId, string? jurisdiction) =>
        new(Guid.CreateVersion7(), role, new HashSet<string>(StringComparer.Ordinal) { role }, organisationId, jurisdiction);
}
