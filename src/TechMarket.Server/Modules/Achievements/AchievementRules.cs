using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Refusals the achievement's decisions share.</summary>
public static class AchievementRules
{
    public static DomainError? OwnerOnly(Achievement achievement, Actor actor) =>
        actor.BelongsTo(achievement.OrganisationId) ? null : DomainError.Forbidden("not-achievement-owner", "Only the organisation that published the achievement may change it.");

    public static DomainError? Listed(Achievement achievement) =>
        achievement.Withdrawn ? DomainError.Conflict("withdrawn", "The achievement has been withdrawn from the hall.") : null;
}
