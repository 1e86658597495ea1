using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Needs;

/// <summary>Records on an accepted need that a challenge was built on it, so the enterprise sees where its need went.
/// Sent by the challenge module when the bureau drafts a challenge (立题); it has no endpoint of its own.</summary>
public sealed record TakeNeedIntoChallenge(Guid ChallengeId, string ChallengeTitle, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Need need, TakeNeedIntoChallenge command) =>
        NeedRules.CoveringBureauOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "taken into a challenge", NeedStatus.Accepted)
        ?? (need.Challenges.Contains(command.ChallengeId)
            ? Decision.Accept()
            : Decision.Accept(new NeedTakenIntoChallenge(need.Id, command.ChallengeId, command.ChallengeTitle, command.Actor.UserId, command.Now, need.RoundId)));
}
