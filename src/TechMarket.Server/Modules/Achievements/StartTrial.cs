using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>先用后转: an approved enterprise takes an achievement that offers it on trial, at no cost; one trial per
/// enterprise and achievement at a time; none on the achievements of a suspended organisation.</summary>
/// <param name="Owner">The organisation that published the achievement, as it is now (required: the suspension check reads it).</param>
public sealed record StartTrial(Guid TrialId, Organisation? Enterprise, bool AlreadyOnTrial, Actor Actor, DateTimeOffset Now, Organisation? Owner)
{
    public static Decision Decide(Achievement achievement, StartTrial command)
    {
        if (command.Enterprise is not { Kind: OrganisationKind.Enterprise } enterprise || !command.Actor.BelongsTo(enterprise.Id))
        {
            return DomainError.Forbidden("not-an-enterprise", "Enterprises take achievements on trial.");
        }

        if (ActingOrganisation.Approved(enterprise) is { } notApproved)
        {
            return notApproved;
        }

        if ((AchievementRules.Listed(achievement) ?? AchievementRules.OwnerActive(achievement, command.Owner, command.Actor)) is { } unlisted)
        {
            return unlisted;
        }

        if (achievement.Content.Trial is not { } terms)
        {
            return DomainError.Conflict("no-trial", "This achievement is not offered for use first, pay later (先用后转).");
        }

        if (command.AlreadyOnTrial)
        {
            return DomainError.Conflict("trial-running", "Your enterprise already has a trial of this achievement running.");
        }

        var starts = command.Now.DateInChina();
        return Decision.Accept(new TrialStarted(
            command.TrialId, achievement.Id, achievement.Content.Title, achievement.Content.Field,
            new DealParty(achievement.OrganisationId, achievement.OrganisationName, achievement.District), new DealParty(enterprise.Id, enterprise.Name, enterprise.District),
            terms, starts, starts.AddMonths(terms.TrialMonths), command.Actor.UserId, command.Now));
    }
}

public static class StartTrialEndpoint
{
    public static RouteGroupBuilder MapStartTrial(this RouteGroupBuilder achievements)
    {
        achievements.MapPost("/{id:guid}/trials", async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> (Guid id, [AsParameters] RequestContext rc) =>
            {
                var achievement = await rc.Session.Events.AggregateStreamAsync<Achievement>(id, token: rc.Cancellation);
                if (achievement is null || (achievement.Withdrawn && !rc.Actor.BelongsTo(achievement.OrganisationId)))
                {
                    return Problems.NotFound("The achievement");
                }

                // What the decision reads besides the achievement, in one round trip: both sides as they are now and
                // whether the enterprise has a trial of it running.
                var batch = rc.Session.CreateBatchQuery();
                var enterprise = batch.Load<Organisation>(rc.Actor.OrganisationId ?? Guid.Empty);
                var owner = batch.Load<Organisation>(achievement.OrganisationId);
                var running = batch.Query<TrialDetails>()
                    .Where(t => t.AchievementId == id && t.Buyer.OrganisationId == rc.Actor.OrganisationId && t.Status == TrialStatus.Active).Any();
                await batch.Execute(rc.Cancellation);
                var command = new StartTrial(Guid.CreateVersion7(), await enterprise, await running, rc.Actor, rc.Now, await owner);
                return await rc.Start<Trial>(command.TrialId, StartTrial.Decide(achievement, command), $"/api/trials/{command.TrialId}");
            })
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("Take the achievement on a 先用后转 trial (no cost now; it converts at the end unless you decline)");
        return achievements;
    }
}
