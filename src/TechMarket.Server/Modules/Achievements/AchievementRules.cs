using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Refusals the achievement's decisions share.</summary>
public static class AchievementRules
{
    public static DomainError? OwnerOnly(Achievement achievement, Actor actor) =>
        actor.BelongsTo(achievement.OrganisationId) ? null : DomainError.Forbidden("not-achievement-owner", "Only the organisation that published the achievement may change it.");

    /// <summary>A suspended organisation's achievements are off the hall until it is reinstated: it publishes and changes
    /// none, and no deal or trial starts on them — whichever node the command reaches, whether or not its users' tokens
    /// were revoked there yet.</summary>
    public static DomainError? OwnerActive(Organisation owner) =>
        owner.Status == OrganisationStatus.Suspended
            ? DomainError.Conflict("owner-suspended",
                "The organisation that published this achievement is suspended by its bureau; its achievements cannot be published or changed, and no deal or trial can be started on them, until it is reinstated.")
            : null;

    /// <summary><see cref="OwnerActive(Organisation)"/> for a command on an achievement, with its owner as read in the
    /// command's round trip. Fails closed: an owner that was not read (or is another organisation) refuses too.</summary>
    public static DomainError? OwnerActive(Achievement achievement, Organisation? owner) =>
        owner is null || owner.Id != achievement.OrganisationId
            ? DomainError.Conflict("owner-unknown", "The organisation that published this achievement could not be read; try again.")
            : OwnerActive(owner);

    /// <summary>A side of a deal moves it on only while its own organisation, as read with the command, is not suspended.</summary>
    public static DomainError? SideActive(Actor actor, Organisation? own) =>
        own is null || !actor.BelongsTo(own.Id)
            ? DomainError.Conflict("organisation-unknown", "Your organisation could not be read; try again.")
            : own.Status == OrganisationStatus.Suspended
                ? DomainError.Conflict("organisation-suspended", "Your organisation is suspended by its bureau; it proposes no terms until it is reinstated.")
                : null;

    public static DomainError? Listed(Achievement achievement) =>
        achievement.Withdrawn ? DomainError.Conflict("withdrawn", "The achievement has been withdrawn from the hall.") : null;
}
