using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>A new asking price (none: negotiable) and why.</summary>
public sealed record PriceRequest(decimal? AskingPrice, [LongText] string Reason);

public sealed class PriceRequestValidator : AbstractValidator<PriceRequest>
{
    public PriceRequestValidator()
    {
        RuleFor(r => r.AskingPrice!.Value).Money().GreaterThan(0).When(r => r.AskingPrice is not null).OverridePropertyName("askingPrice");
        RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
    }
}

/// <summary>明码标价: the owner changes the asking price; every price stays in the history. Not while it is suspended.</summary>
/// <param name="Owner">The achievement's organisation as it is now, read with the stream.</param>
public sealed record ChangeAchievementPrice(decimal? AskingPrice, string Reason, Actor Actor, DateTimeOffset Now, Organisation? Owner)
{
    public static Decision Decide(Achievement achievement, ChangeAchievementPrice command) =>
        AchievementRules.OwnerOnly(achievement, command.Actor) ?? AchievementRules.OwnerActive(achievement, command.Owner, command.Actor) ?? AchievementRules.Listed(achievement)
        ?? (achievement.AskingPrice == command.AskingPrice
            ? DomainError.Conflict("same-price", "That is the asking price already.")
            : Decision.Accept(new AchievementPriceChanged(achievement.Id, command.AskingPrice, command.Reason.Trim(), command.Actor.UserId, command.Now)));
}

public static class ChangeAchievementPriceEndpoint
{
    public static RouteGroupBuilder MapChangeAchievementPrice(this RouteGroupBuilder achievements)
    {
        achievements.MapPut("/{id:guid}/price", (Guid id, PriceRequest request, [AsParameters] RequestContext rc) =>
                rc.Execute<Achievement, Organisation?>(id, "The achievement", rc.OwnOrganisation(),
                    (a, owner) => ChangeAchievementPrice.Decide(a, new ChangeAchievementPrice(request.AskingPrice, request.Reason, rc.Actor, rc.Now, owner))))
            .RequireAuthorization(Policies.University)
            .Validate<PriceRequest>()
            .WithSummary("Change the asking price (明码标价; none: negotiable), with the reason");
        return achievements;
    }
}
