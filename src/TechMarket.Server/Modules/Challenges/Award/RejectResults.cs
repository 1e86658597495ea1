using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

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
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record RejectResults(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Challenge challenge, RejectResults command) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? JudgementRules.Funder(challenge, command.Actor, out var enterprise)
        ?? JudgementRules.Judgeable(challenge, enterprise, "have its results rejected")
        ?? Decision.Accept(new ResultsRejected(challenge.Id, enterprise, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class RejectResultsEndpoint
{
    public static RouteGroupBuilder MapRejectResults(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/results/reject", (Guid id, RejectResultsRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Challenge, Organisation?>(id, "The challenge", request.OwnOrganisation(),
                    (c, own) => RejectResults.Decide(c, new RejectResults(body.Reason, request.Actor, request.Now, own))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<RejectResultsRequest>()
            .WithSummary("市场判题: a funding enterprise rejects the results with a reason; the bureau resumes the work or fails the challenge");
        return challenges;
    }
}
