using System.Globalization;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// 揭榜, final step: once the publicity (公示) is over and every objection has its answer, the bureau makes the proposed
/// award final. An objection upheld has already sent the challenge back to review, so what is final is what was public.
/// </summary>
public sealed record FinaliseAward(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, FinaliseAward command)
    {
        if ((ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
             ?? ChallengeRules.RequireStatus(challenge, "have its award made final", ChallengeStatus.InPublicity)) is { } refused)
        {
            return refused;
        }

        if (command.Now < challenge.PublicityEndsAt)
        {
            return DomainError.Conflict("publicity-running", string.Create(CultureInfo.InvariantCulture,
                $"The proposed award is in publicity (公示) until {challenge.PublicityEndsAt:yyyy-MM-dd HH:mm} UTC."));
        }

        var pending = challenge.PendingObjections.Count();
        return pending > 0
            ? DomainError.Conflict("objections-pending", $"Answer every objection before the award is final; {pending} still open.")
            : Decision.Accept(new ChallengeAwarded(challenge.Id, challenge.Results, command.Actor.UserId, command.Now));
    }
}

public static class FinaliseAwardEndpoint
{
    public static RouteGroupBuilder MapFinaliseAward(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/award/final", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => FinaliseAward.Decide(c, new FinaliseAward(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("Make the proposed award final, after its publicity (公示) with every objection answered");
        return challenges;
    }
}
