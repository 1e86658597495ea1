using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// One registered contract and the organisations party to it, keyed by the contract's id: the platform's own contract
/// history, which conflict detection reads to keep an expert away from a recent business partner.
/// </summary>
public sealed class ContractHistory
{
    /// <summary>The contract's id.</summary>
    public Guid Id { get; set; }

    /// <summary>Every party's organisation, buyers and sellers alike (the members of a joint bid too).</summary>
    public List<Guid> Organisations { get; set; } = [];

    public DateOnly RegisteredOn { get; set; }

    /// <summary>
    /// The partners of one organisation in these histories: every other party to a contract it was party to, with the
    /// days those contracts were registered — what the contracts module answers conflict detection.
    /// </summary>
    public static IReadOnlyList<ContractPartner> PartnersOf(Guid organisationId, IEnumerable<ContractHistory> histories) =>
    [
        .. histories
            .Where(h => h.Organisations.Contains(organisationId))
            .OrderBy(h => h.RegisteredOn)
            .SelectMany(h => h.Organisations.Where(o => o != organisationId).Select(o => (Partner: o, h.RegisteredOn)))
            .GroupBy(p => p.Partner)
            .Select(g => new ContractPartner(g.Key, [.. g.Select(p => p.RegisteredOn)])),
    ];
}
