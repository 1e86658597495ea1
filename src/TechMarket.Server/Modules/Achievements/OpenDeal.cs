using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

public sealed record OpenDealRequest([LongText] string Message);

public sealed class OpenDealValidator : AbstractValidator<OpenDealRequest>
{
    public OpenDealValidator() => RuleFor(r => r.Message).NotEmpty().TrimmedLength(2, 2000);
}

/// <summary>洽谈: an approved enterprise opens a deal on a listed achievement of an organisation that is not suspended.</summary>
/// <param name="Owner">The organisation that published the achievement, as it is now (required: the suspension check reads it).</param>
public sealed record OpenDeal(Guid DealId, Organisation? Enterprise, string Message, Actor Actor, DateTimeOffset Now, Organisation? Owner)
{
    public static Decision Decide(Achievement achievement, OpenDeal command)
    {
        if (command.Enterprise is not { Kind: OrganisationKind.Enterprise } enterprise || !command.Actor.BelongsTo(enterprise.Id))
        {
            return DomainError.Forbidden("not-an-enterprise", "Enterprises open deals on achievements.");
        }

        if (ActingOrganisation.Approved(enterprise) is { } notApproved)
        {
            return notApproved;
        }

        return AchievementRules.Listed(achievement) ?? AchievementRules.OwnerActive(achievement, command.Owner, command.Actor) ?? Decision.Accept(new DealOpened(
            command.DealId, achievement.Id, achievement.Content.Title, achievement.Content.Field, achievement.Content.TransferModes,
            new DealParty(achievement.OrganisationId, achievement.OrganisationName, achievement.District),
            new DealParty(enterprise.Id, enterprise.Name, enterprise.District), command.Message.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class OpenDealEndpoint
{
    public static RouteGroupBuilder MapOpenDeal(this RouteGroupBuilder achievements)
    {
        achievements.MapPost("/{id:guid}/deals", async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> (Guid id, OpenDealRequest request, [AsParameters] RequestContext rc) =>
            {
                var achievement = await rc.Session.Events.AggregateStreamAsync<Achievement>(id, token: rc.Cancellation);
                if (achievement is null || (achievement.Withdrawn && !rc.Actor.BelongsTo(achievement.OrganisationId)))
                {
                    return Problems.NotFound("The achievement");
                }

                // Both sides as they are now, in one round trip: the enterprise opening the deal and the achievement's owner.
                var batch = rc.Session.CreateBatchQuery();
                var enterprise = batch.Load<Organisation>(rc.Actor.OrganisationId ?? Guid.Empty);
                var owner = batch.Load<Organisation>(achievement.OrganisationId);
                await batch.Execute(rc.Cancellation);
                var command = new OpenDeal(Guid.CreateVersion7(), await enterprise, request.Message, rc.Actor, rc.Now, await owner);
                return await rc.Start<Deal>(command.DealId, OpenDeal.Decide(achievement, command), $"/api/deals/{command.DealId}");
            })
            .RequireAuthorization(Policies.Enterprise)
            .Validate<OpenDealRequest>()
            .WithSummary("Open a deal (洽谈) on an achievement");
        return achievements;
    }
}
