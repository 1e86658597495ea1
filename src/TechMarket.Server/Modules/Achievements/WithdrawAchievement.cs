using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>The owner takes the achievement off the hall.</summary>
public sealed record WithdrawAchievement(string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Achievement achievement, WithdrawAchievement command) =>
        AchievementRules.OwnerOnly(achievement, command.Actor) ?? AchievementRules.Listed(achievement)
        ?? Decision.Accept(new AchievementWithdrawn(achievement.Id, command.Reason.Trim(), command.Actor.UserId, command.Now));
}

public static class WithdrawAchievementEndpoint
{
    public static RouteGroupBuilder MapWithdrawAchievement(this RouteGroupBuilder achievements)
    {
        achievements.MapPost("/{id:guid}/withdraw", (Guid id, ReasonRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Achievement>(id, "The achievement",
                    a => WithdrawAchievement.Decide(a, new WithdrawAchievement(request.Reason, rc.Actor, rc.Now))))
            .RequireAuthorization(Policies.University)
            .Validate<ReasonRequest>()
            .WithSummary("Withdraw the achievement from the hall");
        return achievements;
    }
}
