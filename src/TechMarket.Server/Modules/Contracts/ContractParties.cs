using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>Builds the parties of a contract: one lead per side and optional members with shares of their side.</summary>
public static class ContractParties
{
    public static ContractParty Of(Organisation organisation, PartySide side, bool lead, decimal sharePercent) =>
        new(organisation.Id, organisation.Name, organisation.District, side, lead, sharePercent);

    /// <summary>The parties, or why they cannot be: unknown or unapproved organisations, one organisation twice
    /// (buyer and seller the same), or shares that leave a lead nothing.</summary>
    public static (IReadOnlyList<ContractParty>? Parties, DomainError? Error) Build(
        Organisation buyer, Organisation seller, IReadOnlyList<MemberCandidate> members, string counterpartField)
    {
        if (buyer.Id == seller.Id)
        {
            return (null, DomainError.Invalid(counterpartField, "Buyer and seller are the same organisation; a contract needs two."));
        }

        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            if (member.Organisation is not { IsApproved: true })
            {
                return (null, DomainError.Invalid($"members[{i}].organisationId", "No approved organisation has this id."));
            }

            if (member.OrganisationId == buyer.Id || member.OrganisationId == seller.Id || members.Take(i).Any(m => m.OrganisationId == member.OrganisationId))
            {
                return (null, DomainError.Invalid($"members[{i}].organisationId", "This organisation is already a party to the contract."));
            }

            if (member.SharePercent <= 0 || member.SharePercent >= 100 || decimal.Round(member.SharePercent, 2) != member.SharePercent)
            {
                return (null, DomainError.Invalid($"members[{i}].sharePercent", "A member's share is a percentage above 0 and below 100, with at most two decimals."));
            }
        }

        var parties = new List<ContractParty>();
        foreach (var (side, lead) in new[] { (PartySide.Buyer, buyer), (PartySide.Seller, seller) })
        {
            var ofSide = members.Where(m => m.Side == side).ToList();
            var leadShare = 100m - ofSide.Sum(m => m.SharePercent);
            if (leadShare <= 0)
            {
                return (null, DomainError.Invalid("members", $"The {side.ToString().ToLowerInvariant()} side's members leave its lead no share."));
            }

            parties.Add(Of(lead, side, lead: true, leadShare));
            parties.AddRange(ofSide.Select(m => Of(m.Organisation!, side, lead: false, m.SharePercent)));
        }

        return (parties, null);
    }
}
