using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Achievements;

public sealed class AchievementContentValidator : AbstractValidator<AchievementContent>
{
    public const int MaxTrialMonths = 36;

    public AchievementContentValidator(ReferenceCatalog catalog)
    {
        RuleFor(c => c.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(c => c.Summary).NotEmpty().TrimmedLength(10, 2000);
        RuleFor(c => c.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(c => c.Trl).InclusiveBetween(1, 9).WithMessage("Technology readiness (TRL) is 1 to 9.");
        RuleFor(c => c.Patents).Must(p => p is null || p.Count <= 20).WithMessage("At most 20 patents.");
        RuleForEach(c => c.Patents).Must(PatentNumber.IsValid)
            .WithMessage("Not a Chinese patent or application number with a valid check digit, e.g. ZL201710601862.3.");
        RuleFor(c => c.TransferModes).NotEmpty().Must(m => m is null || m.Distinct().Count() == m.Count).WithMessage("Name each transfer mode once.");
        RuleForEach(c => c.TransferModes).IsInEnum();
        RuleFor(c => c.AskingPrice!.Value).Money().GreaterThan(0).When(c => c.AskingPrice is not null).OverridePropertyName("askingPrice");
        RuleFor(c => c.Trial!).ChildRules(trial =>
        {
            trial.RuleFor(t => t.TrialMonths).InclusiveBetween(1, MaxTrialMonths).WithMessage($"A trial lasts 1 to {MaxTrialMonths} months.");
            trial.RuleFor(t => t.ConversionPrice).Money().GreaterThan(0);
            trial.RuleFor(t => t.ConversionMode).Must(m => m is TransferMode.Transfer or TransferMode.Licence)
                .WithMessage("A trial converts into a transfer or a licence.");
        }).When(c => c.Trial is not null);
        RuleFor(c => c.Trial).Must((c, t) => t is null || c.TransferModes?.Contains(t.ConversionMode) == true)
            .WithMessage("The trial converts in one of the achievement's transfer modes.");
    }
}

/// <summary>科技成果发布: a user of an approved university or institute publishes an achievement on the hall.</summary>
public sealed record PublishAchievement(Guid AchievementId, Organisation? Organisation, AchievementContent Content, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(PublishAchievement command)
    {
        var organisation = command.Organisation;
        if (organisation is null || !command.Actor.BelongsTo(organisation.Id) || organisation.Kind == OrganisationKind.Enterprise)
        {
            return DomainError.Forbidden("not-a-university", "Universities and institutes publish achievements.");
        }

        if (ActingOrganisation.Approved(organisation) is { } notApproved)
        {
            return notApproved;
        }

        var content = command.Content with
        {
            Title = command.Content.Title.Trim(),
            Summary = command.Content.Summary.Trim(),
            Patents = [.. command.Content.Patents.Select(p => PatentNumber.Normalise(p)!).Distinct()],
        };
        return Decision.Accept(new AchievementPublished(
            command.AchievementId, organisation.Id, organisation.Name, organisation.District, content, command.Actor.UserId, command.Now));
    }
}

public static class PublishAchievementEndpoint
{
    public static RouteGroupBuilder MapPublishAchievement(this RouteGroupBuilder achievements)
    {
        achievements.MapPost("/", async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> (AchievementContent request, [AsParameters] RequestContext rc) =>
            {
                var organisation = rc.Actor.OrganisationId is { } id ? await rc.Session.LoadAsync<Organisation>(id, rc.Cancellation) : null;
                var command = new PublishAchievement(Guid.CreateVersion7(), organisation, request, rc.Actor, rc.Now);
                return await rc.Start<Achievement>(command.AchievementId, PublishAchievement.Decide(command), $"/api/achievements/{command.AchievementId}");
            })
            .RequireAuthorization(Policies.University)
            .Validate<AchievementContent>()
            .WithSummary("Publish an achievement (科技成果) on the hall: TRL, patents, transfer modes, asking price or negotiable, optional 先用后转 terms");
        return achievements;
    }
}
