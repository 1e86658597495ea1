using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The enterprise declines before the end date (China time); nothing is converted.</summary>
/// <param name="Own">The caller's organisation as read with the command (<see cref="ActingOrganisation"/>).</param>
public sealed record DeclineTrial(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    public static Decision Decide(Trial trial, DeclineTrial command)
    {
        if (ActingOrganisation.Refusal(command.Actor, command.Own) is { } suspended)
        {
            return suspended;
        }

        if (!ContractRules.IsOrganisationUser(command.Actor) || !command.Actor.BelongsTo(trial.Buyer.OrganisationId))
        {
            return DomainError.Forbidden("not-a-party", "Only the enterprise on trial may decline.");
        }

        if (trial.Status != TrialStatus.Active || command.Now.DateInChina() >= trial.EndsOn)
        {
            return DomainError.Conflict("trial-ended", $"The trial is {(trial.Status == TrialStatus.Active ? "over" : trial.Status.ToString().ToLowerInvariant())}; it can no longer be declined.");
        }

        return Decision.Accept(new TrialDeclined(trial.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class DeclineTrialEndpoint
{
    public static RouteGroupBuilder MapDeclineTrial(this RouteGroupBuilder trials)
    {
        trials.MapPost("/{id:guid}/decline", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Trial, Organisation?>(id, "The trial", rc.OwnOrganisation(), (t, own) => DeclineTrial.Decide(t, new DeclineTrial(request.Reason, rc.Actor, rc.Now, own))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<ReasonRequest>()
            .WithSummary("Decline the trial before its end date: no contract follows");
        return trials;
    }
}
