using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>
/// One profile stream per organisation and one interest stream per broker, so their ids are derived from the owner's
/// (<see cref="DeterministicGuid"/>): "one per owner" then needs no lookup table, and two first saves at once collide on
/// the stream id (409) instead of creating two. Nothing is revealed by it: a profile is public and addressed by its
/// organisation anyway, and a broker's interests are only ever read by the broker (at /me) and the matcher.
/// </summary>
public static class ProfileIds
{
    public static Guid ForOrganisation(Guid organisationId) => DeterministicGuid.From($"techmarket:profile:{organisationId:N}");

    public static Guid ForBroker(Guid userId) => DeterministicGuid.From($"techmarket:broker-interests:{userId:N}");
}
