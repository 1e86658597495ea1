using System.Security.Cryptography;
using Marten.Events.Projections;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// Every registered contract between two organisations, whichever was buyer or seller: the platform's own
/// contract history, which conflict detection reads to keep an expert away from a recent business partner.
/// </summary>
public sealed class ContractHistory
{
    /// <summary><see cref="PairId"/> of the two organisations.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation with the lower id, so a pair is stored once whatever the roles.</summary>
    public Guid FirstOrganisationId { get; set; }

    public Guid SecondOrganisationId { get; set; }

    public List<DateOnly> RegisteredOn { get; set; } = [];

    public bool Involves(Guid organisationA, Guid organisationB) =>
        (FirstOrganisationId == organisationA && SecondOrganisationId == organisationB)
        || (FirstOrganisationId == organisationB && SecondOrganisationId == organisationA);

    /// <summary>
    /// Whether the two organisations had a contract registered in the last <paramref name="years"/> years,
    /// counting a registration exactly that many years before today as within.
    /// </summary>
    public static bool ContractedWithin(
        IEnumerable<ContractHistory> histories, Guid organisationA, Guid organisationB, DateOnly today, int years = 3)
    {
        var since = today.AddYears(-years);
        return histories.Any(h => h.Involves(organisationA, organisationB) && h.RegisteredOn.Any(on => on >= since));
    }

    /// <summary>
    /// A deterministic id for an unordered pair: a hash of both ids in sorted order, so (A, B) and (B, A) share
    /// a document without a lookup table.
    /// </summary>
    public static Guid PairId(Guid organisationA, Guid organisationB)
    {
        var (first, second) = Sorted(organisationA, organisationB);
        Span<byte> both = stackalloc byte[32];
        first.TryWriteBytes(both[..16]);
        second.TryWriteBytes(both[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(both, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // RFC 9562 version 8: custom, name-based.
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant.
        return new Guid(hash[..16]);
    }

    internal static (Guid First, Guid Second) Sorted(Guid a, Guid b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);
}

public sealed class ContractHistoryProjection : MultiStreamProjection<ContractHistory, Guid>
{
    public ContractHistoryProjection() =>
        Identity<ContractRegistered>(e => ContractHistory.PairId(e.BuyerOrganisationId, e.SellerOrganisationId));

    /// <summary>One Apply for the first and every later contract: a new pair starts as an empty document.</summary>
    public static void Apply(ContractRegistered e, ContractHistory history)
    {
        var (first, second) = ContractHistory.Sorted(e.BuyerOrganisationId, e.SellerOrganisationId);
        history.Id = ContractHistory.PairId(first, second);
        history.FirstOrganisationId = first;
        history.SecondOrganisationId = second;
        history.RegisteredOn.Add(e.RegisteredOn);
    }
}
