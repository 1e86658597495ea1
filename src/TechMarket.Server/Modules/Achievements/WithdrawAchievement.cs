using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The owner takes the achievement off the hall. Not while it is suspended: its bureau decides about it then.</summary>
/// <param name="Owner">The achievement's organisation as it is now, read with the stream.</param>
public sealed record WithdrawAchievement(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Owner)
{
    public static Decision Decide(Achievement achievement, WithdrawAchievement command) =>
        AchievementRules.OwnerOnly(achievement, command.Actor) ?? AchievementRules.OwnerActive(achievement, command.Owner, command.Actor) ?? AchievementRules.Listed(achievement)
        ?? Decision.Accept(new AchievementWithdrawn(achievement.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class WithdrawAchievementEndpoint
{
    public static RouteGroupBuilder MapWithdrawAchievement(this RouteGroupBuilder achievements)
    {
        achievements.MapPost("/{id:guid}/withdraw", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Achievement, Organisation?>(id, "The achievement", rc.OwnOrganisation(),
                    (a, owner) => WithdrawAchievement.Decide(a, new WithdrawAchievement(request.Reason, rc.Actor, rc.Now, owner))))
            .RequireAuthorization(Policies.University)
            .Validate<ReasonRequest>()
            .WithSummary("Withdraw the achievement from the hall");
        return achievements;
    }
}
