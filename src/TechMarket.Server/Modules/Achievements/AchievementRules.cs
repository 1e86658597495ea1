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
    /// none (<see cref="ActingOrganisation.Suspended"/>), and no deal or trial starts on them
    /// (<see cref="ActingOrganisation.PartySuspended"/>) — whichever node the command reaches, whether or not its users'
    /// tokens were revoked there yet. Fails closed: an owner that was not read (or is another organisation) refuses too.</summary>
    public static DomainError? OwnerActive(Achievement achievement, Organisation? owner, Actor actor) =>
        owner is null || owner.Id != achievement.OrganisationId
            ? DomainError.Conflict("owner-unknown", "The organisation that published this achievement could not be read; try again.")
            : actor.BelongsTo(owner.Id) ? ActingOrganisation.Refusal(actor, owner) : ActingOrganisation.PartyRefusal(owner);

    /// <summary>A side of a deal moves it on only while its own organisation, as read with the command, is not suspended.</summary>
    public static DomainError? SideActive(Actor actor, Organisation? own) =>
        own is null ? ActingOrganisation.Unknown : ActingOrganisation.Refusal(actor, own);

    public static DomainError? Listed(Achievement achievement) =>
        achievement.Withdrawn ? DomainError.Conflict("withdrawn", "The achievement has been withdrawn from the hall.") : null;
}
