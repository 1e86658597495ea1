using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges.Award;

/// <summary>What accepting and rejecting results (市场判题) share: who judges, and when there is something to judge.</summary>
public static class JudgementRules
{
    /// <summary>Only a user of an enterprise that funds the challenge judges its results.</summary>
    public static DomainError? Funder(Challenge challenge, Actor actor, out Guid enterprise)
    {
        enterprise = actor.OrganisationId ?? Guid.Empty;
        return actor.IsIn(Roles.Enterprise) && actor.OrganisationId is { } organisation && challenge.IsFundedBy(organisation)
            ? null
            : DomainError.Forbidden("not-a-funder", "Only an enterprise that funds this challenge may judge its results.");
    }

    /// <summary>Results are judged after the award — a horse race after its last stage gate, while a team is left — once
    /// by each funder per round.</summary>
    public static DomainError? Judgeable(Challenge challenge, Guid enterprise, string action)
    {
        if (ChallengeRules.RequireStatus(challenge, action, ChallengeStatus.Awarded, ChallengeStatus.InProgress) is { } wrongStatus)
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
            return DomainError.Conflict("no-team-left", "Every team was eliminated, so there are no results to judge; the bureau may fail the challenge.");
        }

        return challenge.AcceptedBy.Contains(enterprise)
            ? DomainError.Conflict("already-accepted", "Your enterprise has already accepted the results of this challenge.")
            : null;
    }
}
