using System.Security.Cryptography;
using System.Text;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>
/// One profile stream per organisation and one interest stream per broker, so their ids are computed from the
/// owner's id (a name-based UUID): "one per owner" then needs no lookup table, and two first saves at once collide on
/// the stream id (409) instead of creating two. Nothing is revealed by it: a profile is public and addressed by its
/// organisation anyway, and a broker's interests are only ever read by the broker (at /me).
/// </summary>
public static class ProfileIds
{
    public static Guid ForOrganisation(Guid organisationId) => Derive("profile", organisationId);

    public static Guid ForBroker(Guid userId) => Derive("broker-interests", userId);

    private static Guid Derive(string purpose, Guid owner)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"techmarket:{purpose}:{owner:N}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: custom, so it is never taken for a random or time-based id
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
