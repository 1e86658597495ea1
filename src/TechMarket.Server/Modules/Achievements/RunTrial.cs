using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>先用后转: an approved enterprise takes an achievement that offers it on trial, at no cost; one trial per
/// enterprise and achievement at a time.</summary>
public sealed record StartTrial(Guid TrialId, Organisation? Enterprise, bool AlreadyOnTrial, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Achievement achievement, StartTrial command)
    {
        if (command.Enterprise is not { Kind: OrganisationKind.Enterprise } enterprise || !command.Actor.BelongsTo(enterprise.Id))
        {
            return DomainError.Forbidden("not-an-enterprise", "Enterprises take achievements on trial.");
        }

        if (!enterprise.IsApproved)
        {
            return DomainError.Conflict("organisation-not-approved", "Your organisation's registration has not been approved yet.");
        }

        if (AchievementRules.Listed(achievement) is { } withdrawn)
        {
            return withdrawn;
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

/// <summary>The enterprise declines before the end date (China time); nothing is converted.</summary>
public sealed record DeclineTrial(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Trial trial, DeclineTrial command)
    {
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

/// <summary>At the end date the trial converts, by itself, into the pre-agreed contract: the enterprise licenses or buys
/// at the conversion price, due in one milestone 30 days after the end. Value counts only when it is paid.</summary>
public sealed record ConvertTrial(Guid ContractId, DateTimeOffset Now)
{
    public const int PaymentDays = 30;

    public static (Decision Trial, Decision Contract) Decide(Trial trial, ConvertTrial command)
    {
        if (trial.Status != TrialStatus.Active || command.Now.DateInChina() < trial.EndsOn)
        {
            var notDue = DomainError.Conflict("not-due", "The trial is not running to its end now.");
            return (notDue, notDue);
        }

        var price = trial.Terms.ConversionPrice;
        var terms = new ContractTerms(
            $"{trial.AchievementTitle}（先用后转）", ProposeDealTerms.TypeFor(trial.Terms.ConversionMode), trial.Field, price, price,
            [new MilestoneTerms("先用后转转化价款", price, trial.EndsOn.AddDays(PaymentDays))], null, [], false, null);
        IReadOnlyList<ContractParty> parties =
        [
            new(trial.Buyer.OrganisationId, trial.Buyer.Name, trial.Buyer.District, PartySide.Buyer, true, 100m),
            new(trial.Seller.OrganisationId, trial.Seller.Name, trial.Seller.District, PartySide.Seller, true, 100m),
        ];
        return (Decision.Accept(new TrialConverted(trial.Id, command.ContractId, command.Now)),
            Decision.Accept(new ContractDrafted(command.ContractId, new ContractSource(ContractOrigin.Achievement, trial.AchievementId), parties, terms, Guid.Empty, command.Now)));
    }
}

public static class RunTrialEndpoints
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

                var enterprise = rc.Actor.OrganisationId is { } org ? await rc.Session.LoadAsync<Organisation>(org, rc.Cancellation) : null;
                var running = await rc.Session.Query<TrialDetails>()
                    .AnyAsync(t => t.AchievementId == id && t.Buyer.OrganisationId == rc.Actor.OrganisationId && t.Status == TrialStatus.Active, rc.Cancellation);
                var command = new StartTrial(Guid.CreateVersion7(), enterprise, running, rc.Actor, rc.Now);
                return await rc.Start<Trial>(command.TrialId, StartTrial.Decide(achievement, command), $"/api/trials/{command.TrialId}");
            })
            .RequireAuthorization(Policies.Enterprise)
            .WithSummary("Take the achievement on a 先用后转 trial (no cost now; it converts at the end unless you decline)");
        return achievements;
    }

    public static RouteGroupBuilder MapDeclineTrial(this RouteGroupBuilder trials)
    {
        trials.MapPost("/{id:guid}/decline", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Trial>(id, "The trial", t => DeclineTrial.Decide(t, new DeclineTrial(request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.Enterprise)
            .Validate<ReasonRequest>()
            .WithSummary("Decline the trial before its end date: no contract follows");
        return trials;
    }
}
