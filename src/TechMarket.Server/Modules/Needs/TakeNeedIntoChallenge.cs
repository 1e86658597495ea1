using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Needs;

/// <summary>Records on an accepted need that a challenge was built on it, so the enterprise sees where its need went.</summary>
public static class TakeNeedIntoChallenge
{
    public static Decision Decide(Need need, Guid challengeId, string challengeTitle, Actor officer, DateTimeOffset now) =>
        NeedRules.CoveringBureauOnly(need, officer)
        ?? NeedRules.RequireStatus(need, "taken into a challenge", NeedStatus.Accepted)
        ?? (need.Challenges.Contains(challengeId)
            ? Decision.Accept()
            : Decision.Accept(new NeedTakenIntoChallenge(need.Id, challengeId, challengeTitle, officer.UserId, now)));
}
