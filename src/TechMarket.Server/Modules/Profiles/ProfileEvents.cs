using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>Everything that happens to an organisation's profile (三张清单).</summary>
public abstract record ProfileEvent(Guid ProfileId, DateTimeOffset At);

/// <summary>The organisation published (or republished) its profile; the content replaces what was there.</summary>
public sealed record ProfileSaved(
    Guid ProfileId, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, string District, ProfileContent Content, Guid By, DateTimeOffset At)
    : ProfileEvent(ProfileId, At);
