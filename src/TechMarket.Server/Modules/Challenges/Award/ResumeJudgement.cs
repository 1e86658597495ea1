using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record ResumeJudgementRequest(DateTimeOffset DeliverBy, [LongText] string Reason);

public sealed class ResumeJudgementValidator : AbstractValidator<ResumeJudgementRequest>
{
    public ResumeJudgementValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// After a funder rejected the results, the bureau lets the winners work on until a new date, with a reason: they
/// deliver again and every funder judges afresh. (The other answer is <see cref="FailChallenge"/>.)
/// </summary>
public sealed record ResumeJudgement(DateTimeOffset DeliverBy, string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, ResumeJudgement command) =>
        ChallengeRules.CoveringBureauOnly(challenge, command.Actor)
        ?? ChallengeRules.RequireStatus(challenge, "resume after a rejection", ChallengeStatus.ResultsRejected)
        ?? (command.DeliverBy > command.Now ? null : DomainError.Invalid("deliverBy", "The new delivery date must be in the future."))
        ?? Decision.Accept(new JudgementResumed(challenge.Id, command.DeliverBy, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class ResumeJudgementEndpoint
{
    public static RouteGroupBuilder MapResumeJudgement(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/results/resume", (Guid id, ResumeJudgementRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => ResumeJudgement.Decide(c, new ResumeJudgement(body.DeliverBy, body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<ResumeJudgementRequest>()
            .WithSummary("After rejected results: let the winners deliver again by a new date, with a reason");
        return challenges;
    }
}
