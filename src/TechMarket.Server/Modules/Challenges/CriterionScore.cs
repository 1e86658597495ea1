using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>One reviewer's score for one criterion (0–10), with an optional comment.</summary>
public sealed record CriterionScore(string Criterion, int Score, [LongText] string? Comment = null);

/// <summary>A criterion's average over a bid's complete reviews (reviewers anonymous).</summary>
public sealed record CriterionAverage(string Criterion, decimal Average);

/// <summary>One expert's latest scores for one bid.</summary>
public sealed record ExpertScores(Guid BidId, Guid ExpertId, IReadOnlyList<CriterionScore> Scores);
