namespace TechMarket.Server.Modules.Contracts;

/// <summary>A winning team: its bid, its organisation, what the award funds, and (horse race) per stage.</summary>
public sealed record AwardedTeam(Guid BidId, Guid OrganisationId, decimal Funding, IReadOnlyList<AwardedStage> Stages);
