using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

public sealed record ScoreRequest(IReadOnlyList<CriterionScore> Scores);

/// <summary>The shape of a score sheet; which criteria it must cover is the challenge's, so the decision's.</summary>
public sealed class ScoreRequestValidator : AbstractValidator<ScoreRequest>
{
    public ScoreRequestValidator()
    {
        RuleFor(r => r.Scores).Must(scores => scores.Select(s => s.Criterion).Distinct(StringComparer.Ordinal).Count() == scores.Count)
            .WithMessage((_, scores) => $"Scored more than once: {string.Join(", ", Repeated(scores))}.");
        RuleForEach(r => r.Scores).ChildRules(score =>
        {
            score.RuleFor(s => s.Score).InclusiveBetween(ScoreBid.MinScore, ScoreBid.MaxScore)
                .WithMessage($"A score is a whole number from {ScoreBid.MinScore} to {ScoreBid.MaxScore}.");
            score.RuleFor(s => s.Comment).Must(c => c is null || c.Trim().Length <= ReviewRules.MaxCommentLength)
                .WithMessage($"Must be at most {ReviewRules.MaxCommentLength} characters.");
        });
    }

    private static IEnumerable<string> Repeated(IEnumerable<CriterionScore> scores) =>
        scores.GroupBy(s => s.Criterion, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}

/// <summary>
/// An assigned expert scores one bid on every criterion, 0–10, with an optional comment each. Scoring the same
/// bid again revises the earlier scores (the state keeps the latest per bid and expert). The expert names the bid
/// by its blind label, the only name for it an expert ever sees.
/// </summary>
public sealed record ScoreBid(string Label, IReadOnlyList<CriterionScore> Scores, Actor Actor, DateTimeOffset Now)
{
    public const int MinScore = 0;

    public const int MaxScore = 10;

    public static Decision Decide(Challenge challenge, ScoreBid command) =>
        ReviewRules.AssignedOnly(challenge, command.Actor, "score its bids")
        ?? ChallengeRules.RequireStatus(challenge, "be scored", ChallengeStatus.UnderReview)
        ?? ReviewRules.RequireLabel(challenge, command.Label, out var commitment)
        ?? NotRecused(challenge, commitment!, command.Actor)
        ?? CoversCriteria(challenge.Terms.Criteria, command.Scores)
        ?? Decision.Accept(new BidScored(challenge.Id, commitment!.BidId, command.Actor.UserId, InCriterionOrder(challenge.Terms.Criteria, command.Scores), command.Now));

    private static DomainError? NotRecused(Challenge challenge, PublishedCommitment commitment, Actor expert) =>
        challenge.Recusals.Contains((commitment.BidId, expert.UserId))
            ? DomainError.Conflict("recused", $"You declared a conflict of interest with bid {commitment.Label}; you may not score it.")
            : null;

    /// <summary>Every criterion of this challenge, and nothing else: both problems at once, so a form can show them.</summary>
    private static DomainError? CoversCriteria(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        var keys = criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var missing = criteria.Where(c => !scores.Any(s => s.Criterion == c.Key)).Select(c => c.Key).ToList();
        var unknown = scores.Select(s => s.Criterion).Where(k => !keys.Contains(k)).Distinct().ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"Missing a score for: {string.Join(", ", missing)}.");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"Not a criterion of this challenge: {string.Join(", ", unknown)}.");
        }

        return problems.Count == 0
            ? null
            : new DomainError(ErrorKind.Invalid, "validation", "The scores are not valid for this challenge.",
                new Dictionary<string, string[]> { ["scores"] = [.. problems] });
    }

    /// <summary>Stored in the challenge's criterion order, whatever order the form sent, comments trimmed.</summary>
    private static IReadOnlyList<CriterionScore> InCriterionOrder(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores) =>
        [.. criteria.Select(c => scores.First(s => s.Criterion == c.Key)).Select(s => s with { Comment = ReviewRules.Comment(s.Comment) })];
}

public static class ScoreBidEndpoint
{
    public static RouteGroupBuilder MapScoreBid(this RouteGroupBuilder challenges)
    {
        challenges.MapPut("/{id:guid}/bids/{label}/scores", (Guid id, string label, ScoreRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => ScoreBid.Decide(c, new ScoreBid(label, body.Scores, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Expert)
            .Validate<ScoreRequest>()
            .WithoutVersionETag()
            .WithSummary("Score the bid with this blind label on every criterion (0–10); scoring again revises");
        return challenges;
    }
}
