namespace TechMarket.Server.Modules.Challenges;

/// <summary>联合答题: an organisation a joint bid names besides its lead — its role, its share of the budget and whether
/// it confirmed. Eligibility, conflicts of interest and the award reach it as they reach the lead.</summary>
public sealed record JointPartner(Guid OrganisationId, string OrganisationName, string Role, decimal Share, bool Confirmed);

/// <summary>An organisation of a winning joint bid as the award lists it: the lead first, then the members, each with
/// its share of the funding (the shares add up to the funding to the fen).</summary>
public sealed record AwardedMember(Guid OrganisationId, string OrganisationName, string Role, decimal Share, bool Lead);
