using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record FailChallengeRequest([LongText] string Reason);

public sealed class FailChallengeValidator : AbstractValidator<FailChallengeRequest>
{
    public FailChallengeValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>The bureau records that an awarded challenge failed (the winners did not deliver), with a reason.</summary>
public sealed record FailChallenge(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, FailChallenge command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "fail", ChallengeStatus.Awarded, ChallengeStatus.InProgress)
        ?? Decision.Accept(new ChallengeFailed(challenge.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class FailChallengeEndpoint
{
    public static RouteGroupBuilder MapFailChallenge(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/fail", (Guid id, FailChallengeRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => FailChallenge.Decide(c, new FailChallenge(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<FailChallengeRequest>()
            .WithSummary("Record that an awarded challenge failed, with a reason");
        return challenges;
    }
}
