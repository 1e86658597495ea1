using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>
/// An assigned expert scores one bid on every criterion, 0–10, with an optional comment each. Scoring the same
/// bid again revises the earlier scores (the state keeps the latest per bid and expert). The expert names the bid
/// by its blind label, the only name for it an expert ever sees.
/// </summary>
public static class ScoreBid
{
    public const int MinScore = 0;

    public const int MaxScore = 10;

    public static Decision Decide(Challenge challenge, string label, IReadOnlyList<CriterionScore> scores, Actor expert, DateTimeOffset now) =>
        AssignedOnly(challenge, expert)
        ?? ChallengeRules.RequireStatus(challenge, "be scored", ChallengeStatus.UnderReview)
        ?? ReviewRules.RequireLabel(challenge, label, out var commitment)
        ?? Validate(challenge.Terms.Criteria, scores, out var normalised)
        ?? Decision.Accept(new BidScored(challenge.Id, commitment!.BidId, expert.UserId, normalised, now));

    private static DomainError? AssignedOnly(Challenge challenge, Actor expert) =>
        challenge.Experts.Contains(expert.UserId)
            ? null
            : DomainError.Forbidden("not-assigned", "Only an expert assigned to this challenge may score its bids.");

    /// <summary>Collects every problem at once, keyed the way the request is shaped, so a form can show them all.</summary>
    private static DomainError? Validate(IReadOnlyList<Criterion> criteria, IReadOnlyList<CriterionScore> scores, out IReadOnlyList<CriterionScore> normalised)
    {
        var errors = new Dictionary<string, string[]>();
        var keys = criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var missing = criteria.Where(c => !scores.Any(s => s.Criterion == c.Key)).Select(c => c.Key).ToList();
        var unknown = scores.Select(s => s.Criterion).Where(k => !keys.Contains(k)).Distinct().ToList();
        var repeated = scores.GroupBy(s => s.Criterion).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"Missing a score for: {string.Join(", ", missing)}.");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"Not a criterion of this challenge: {string.Join(", ", unknown)}.");
        }

        if (repeated.Count > 0)
        {
            problems.Add($"Scored more than once: {string.Join(", ", repeated)}.");
        }

        if (problems.Count > 0)
        {
            errors["scores"] = [.. problems];
        }

        var cleaned = new List<CriterionScore>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            if (score.Score is < MinScore or > MaxScore)
            {
                errors[$"scores[{i}].score"] = [$"A score is a whole number from {MinScore} to {MaxScore}."];
            }

            if (ReviewRules.NormaliseComment($"scores[{i}].comment", score.Comment, out var comment) is { FieldErrors: { } commentErrors })
            {
                foreach (var (field, messages) in commentErrors)
                {
                    errors[field] = messages;
                }
            }

            cleaned.Add(score with { Comment = comment });
        }

        // Stored in the challenge's criterion order, whatever order the form sent.
        normalised = [.. criteria.Select(c => cleaned.FirstOrDefault(s => s.Criterion == c.Key)).OfType<CriterionScore>()];
        return errors.Count == 0 ? null : new DomainError(ErrorKind.Invalid, "validation", "The scores are not valid for this challenge.", errors);
    }
}
