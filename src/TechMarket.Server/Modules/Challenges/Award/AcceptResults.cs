using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>
/// 市场判题: the market, not the bureau, judges the outcome — each enterprise that funds the challenge accepts
/// the results. A horse race can be judged only after its last stage gate. When the last funder accepts, the
/// challenge is completed.
/// </summary>
public sealed record AcceptResults(Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, AcceptResults command)
    {
        var enterpriseUser = command.Actor;
        if (!enterpriseUser.IsIn(Roles.Enterprise) || enterpriseUser.OrganisationId is not { } enterprise || !challenge.IsFundedBy(enterprise))
        {
            return DomainError.Forbidden("not-a-funder", "Only an enterprise that funds this challenge may accept its results.");
        }

        if (ChallengeRules.RequireStatus(challenge, "have its results accepted", ChallengeStatus.Awarded, ChallengeStatus.InProgress) is { } wrongStatus)
        {
            return wrongStatus;
        }

        if (challenge.Terms.Mode == ChallengeMode.HorseRace && challenge.StagesReviewed < challenge.Terms.Stages.Count)
        {
            return DomainError.Conflict(
                "stages-pending",
                $"A horse race is judged after its last stage gate; {challenge.StagesReviewed} of {challenge.Terms.Stages.Count} have been reviewed.");
        }

        if (challenge.Terms.Mode == ChallengeMode.HorseRace && ReviewStageGate.TeamsInRace(challenge).Count == 0)
        {
            return DomainError.Conflict("no-team-left", "Every team was eliminated, so there are no results to accept; the bureau may fail the challenge.");
        }

        if (challenge.AcceptedBy.Contains(enterprise))
        {
            return DomainError.Conflict("already-accepted", "Your enterprise has already accepted the results of this challenge.");
        }

        var accepted = new ResultsAccepted(challenge.Id, enterprise, enterpriseUser.UserId, command.Now);
        var everyFunder = challenge.Enterprises.All(e => e == enterprise || challenge.AcceptedBy.Contains(e));
        return everyFunder ? Decision.Accept(accepted, new ChallengeCompleted(challenge.Id, command.Now)) : Decision.Accept(accepted);
    }
}

public static class AcceptResultsEndpoint
{
    public static RouteGroupBuilder MapAcceptResults(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/results/accept", (Guid id, [AsParameters] RequestContext request) =>
                request.Execute<Challenge>(id, "The challenge", c => AcceptResults.Decide(c, new AcceptResults(request.Actor, request.Now))))
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("市场判题: a funding enterprise accepts the final results");
        return challenges;
    }
}
