using Marten.Events.Projections;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// Every registered contract between two organisations, whichever was buyer or seller: the platform's own
/// contract history, which conflict detection reads to keep an expert away from a recent business partner.
/// </summary>
public sealed class ContractHistory
{
    /// <summary><see cref="PairId"/> of the two organisations; never shown to anyone.</summary>
    public Guid Id { get; set; }

    /// <summary>The organisation with the lower id, so a pair is stored once whatever the roles.</summary>
    public Guid FirstOrganisationId { get; set; }

    public Guid SecondOrganisationId { get; set; }

    public List<DateOnly> RegisteredOn { get; set; } = [];

    /// <summary>The pair's history as one of its organisations sees it: the other one, and when they contracted.</summary>
    public ContractPartner PartnerOf(Guid organisationId) =>
        new(FirstOrganisationId == organisationId ? SecondOrganisationId : FirstOrganisationId, RegisteredOn);

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
        return DeterministicGuid.From(both);
    }

    internal static (Guid First, Guid Second) Sorted(Guid a, Guid b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);
}

/// <summary>The contract history's fold: one multi-stream projection over every contract's registration.</summary>
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
