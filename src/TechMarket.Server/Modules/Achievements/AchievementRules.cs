using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Refusals the achievement's decisions share.</summary>
public static class AchievementRules
{
    public static DomainError? OwnerOnly(Achievement achievement, Actor actor) =>
        actor.BelongsTo(achievement.OrganisationId) ? null : DomainError.Forbidden("not-achievement-owner", "Only the organisation that published the achievement may change it.");

    /// <summary>A suspended organisation's achievements are off the hall until it is reinstated: no deal or trial starts on them.</summary>
    public static DomainError? OwnerActive(Organisations.Organisation? owner) =>
        owner is { Status: Organisations.OrganisationStatus.Suspended }
            ? DomainError.Conflict("owner-suspended",
                "The organisation that published this achievement is suspended; no deal or trial can be started on its achievements until it is reinstated.")
            : null;

    public static DomainError? Listed(Achievement achievement) =>
        achievement.Withdrawn ? DomainError.Conflict("withdrawn", "The achievement has been withdrawn from the hall.") : null;
}
