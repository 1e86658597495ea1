using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges;

public sealed record CancelChallengeRequest([LongText] string Reason);

public sealed class CancelChallengeValidator : AbstractValidator<CancelChallengeRequest>
{
    public CancelChallengeValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>The bureau may call a challenge off, with a reason, until it is awarded.</summary>
public sealed record CancelChallenge(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, CancelChallenge command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "be cancelled",
            ChallengeStatus.Draft, ChallengeStatus.Published, ChallengeStatus.BiddingClosed, ChallengeStatus.UnderReview)
        ?? Decision.Accept(new ChallengeCancelled(challenge.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class CancelChallengeEndpoint
{
    public static RouteGroupBuilder MapCancelChallenge(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/cancel", (Guid id, CancelChallengeRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => CancelChallenge.Decide(c, new CancelChallenge(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<CancelChallengeRequest>()
            .WithSummary("Cancel a challenge with a reason (until it is awarded)");
        return group;
    }
}
