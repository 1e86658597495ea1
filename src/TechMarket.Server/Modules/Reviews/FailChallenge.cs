using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>The bureau records that an awarded challenge failed (the winners did not deliver), with a reason.</summary>
public static class FailChallenge
{
    public const int MaxReasonLength = 500;

    public static Decision Decide(Challenge challenge, string reason, Actor officer, DateTimeOffset now)
    {
        var trimmed = reason?.Trim() ?? string.Empty;
        return ChallengeRules.CoveringBureauOnly(challenge, officer)
            ?? ChallengeRules.RequireStatus(challenge, "fail", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
            ?? (trimmed.Length is >= 2 and <= MaxReasonLength
                ? null
                : DomainError.Invalid("reason", $"Give a reason of 2 to {MaxReasonLength} characters."))
            ?? Decision.Accept(new ChallengeFailed(challenge.Id, trimmed, officer.UserId, now));
    }
}
