namespace TechMarket.Server.Modules.Challenges;

/// <summary>A bid's place in the final ranking, with its per-criterion averages (reviewers anonymous).</summary>
public sealed record BidResult(
    Guid BidId, string Label, Guid OrganisationId, int Rank, decimal Score, bool Won, decimal Funding, IReadOnlyList<CriterionAverage> Averages);
