using System.Globalization;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges.Review;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// When a challenge has no winner to award: no bid took part, or every bid has its reviews and none reached the pass
/// mark. Only then may the bureau re-publish it or close it as 流榜 — otherwise the review decides.
/// </summary>
public static class PassMark
{
    public static DomainError? RequireNoWinner(Challenge challenge, int minimumReviews)
    {
        if (challenge.Commitments.Count == 0)
        {
            return null;
        }

        var required = Math.Max(minimumReviews, 1);
        var ranking = Ranking.Rank(challenge);
        if (ranking.Any(b => b.Reviews < required))
        {
            return DomainError.Conflict(
                "review-incomplete", $"Each bid needs at least {required} complete reviews before the bureau can say that none reached the pass mark.");
        }

        return ranking.Any(b => b.Score >= challenge.Terms.PassMark)
            ? DomainError.Conflict("pass-mark-reached", string.Create(CultureInfo.InvariantCulture,
                $"A bid reached the pass mark of {challenge.Terms.PassMark:0.##}; award the challenge instead."))
            : null;
    }
}
