namespace TechMarket.Server.Modules.Challenges;

/// <summary>A bid's place in the final ranking, with its per-criterion averages (reviewers anonymous). A winning joint
/// bid lists every organisation in it with its share of the funding (<see cref="Members"/>, the lead first).</summary>
public sealed record BidResult(
    Guid BidId, string Label, Guid OrganisationId, int Rank, decimal Score, bool Won, decimal Funding, IReadOnlyList<CriterionAverage> Averages,
    IReadOnlyList<AwardedMember>? Members = null);
