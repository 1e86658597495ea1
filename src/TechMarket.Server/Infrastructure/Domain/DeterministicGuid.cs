using System.Security.Cryptography;
using System.Text;

namespace TechMarket.Server.Infrastructure.Domain;

/// <summary>
/// The one way to derive an id from a name, for the few ids that must be found again without a lookup: the demo world's
/// (the same on every machine and every start) and a pair of organisations' contract history. An id derived from who or
/// what it names must never reach another party (see ARCHITECTURE.md, "Bidder anonymity"); every other id is random.
/// It is the first 16 bytes of the name's SHA-256, taken as they come — not stamped as an RFC 9562 version 8 UUID, so
/// the demo ids already stored keep their value.
/// </summary>
public static class DeterministicGuid
{
    public static Guid From(string name) => From(Encoding.UTF8.GetBytes(name));

    public static Guid From(ReadOnlySpan<byte> name)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(name, hash);
        return new Guid(hash[..16]);
    }
}
