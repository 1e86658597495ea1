using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

public sealed record RejectResultsRequest([LongText] string Reason);

public sealed class RejectResultsValidator : AbstractValidator<RejectResultsRequest>
{
    public RejectResultsValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// 市场判题 can say no: a funding enterprise that has not accepted rejects the results with a reason, whatever the
/// other funders did. The challenge waits for its bureau (<see cref="ResumeJudgement"/> or <see cref="FailChallenge"/>).
/// </summary>
public sealed record RejectResults(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, RejectResults command) =>
        JudgementRules.Funder(challenge, command.Actor, out var enterprise)
        ?? JudgementRules.Judgeable(challenge, enterprise, "have its results rejected")
        ?? Decision.Accept(new ResultsRejected(challenge.Id, enterprise, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RejectResultsEndpoint
{
    public static RouteGroupBuilder MapRejectResults(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/results/reject", (Guid id, RejectResultsRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => RejectResults.Decide(c, new RejectResults(body.Reason, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<RejectResultsRequest>()
            .WithSummary("市场判题: a funding enterprise rejects the results with a reason; the bureau resumes the work or fails the challenge");
        return challenges;
    }
}
