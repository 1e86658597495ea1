using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The contract an award calls for, per winning team: what it funds and (horse race) the milestone amounts its
/// stages fix; the contract, once drafted, for those who are party to it.</summary>
public sealed record AwardedContract(
    string Label, string OrganisationName, decimal Funding, IReadOnlyList<AwardedStage> Stages, Guid? ContractId, IReadOnlyList<AwardedMember>? Members = null);
