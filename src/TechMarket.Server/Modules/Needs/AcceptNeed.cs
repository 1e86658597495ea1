using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Needs;

/// <summary>凝练: the bureau may sharpen the title, correct the field and rewrite the description, the technical
/// indicators and the budget range when it accepts a need. A part left null stays as the enterprise wrote it.</summary>
public sealed record AcceptNeedRequest(
    string? RefinedTitle = null, string? RefinedField = null, [LongText] string? RefinedDescription = null, [LongText] string? RefinedIndicators = null,
    decimal? RefinedBudgetMin = null, decimal? RefinedBudgetMax = null)
{
    /// <summary>A method, not a property: a property would be a field of the request in the API's contract (the OpenAPI
    /// document listed a <c>refinement</c> the server never read).</summary>
    public NeedRefinement ToRefinement() => new(RefinedTitle, RefinedField, RefinedDescription, RefinedIndicators, RefinedBudgetMin, RefinedBudgetMax);
}

public sealed class AcceptNeedValidator : AbstractValidator<AcceptNeedRequest>
{
    public AcceptNeedValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.RefinedTitle).TrimmedLength(4, 100);
        RuleFor(r => r.RefinedField).Must(catalog.IsField).When(r => r.RefinedField is not null).WithMessage("Unknown technical field code.");
        RuleFor(r => r.RefinedDescription).TrimmedLength(10, 5000).When(r => !string.IsNullOrWhiteSpace(r.RefinedDescription));
        RuleFor(r => r.RefinedIndicators).MaximumLength(NeedContentValidator.MaxIndicatorsLength);
        RuleFor(r => r.RefinedBudgetMin!.Value).Money().When(r => r.RefinedBudgetMin is not null).OverridePropertyName(nameof(AcceptNeedRequest.RefinedBudgetMin));
        RuleFor(r => r.RefinedBudgetMax!.Value).Money().When(r => r.RefinedBudgetMax is not null).OverridePropertyName(nameof(AcceptNeedRequest.RefinedBudgetMax));
    }
}

/// <summary>Accepting lists the need publicly; every part the bureau rewrote is recorded before and after
/// (<see cref="NeedRefined"/>), so the enterprise reads exactly what was changed in its need.</summary>
public sealed record AcceptNeed(string? RefinedTitle, string? RefinedField, Actor Actor, DateTimeOffset Now, NeedRefinement? Refinement = null)
{
    public static Decision Decide(Need need, AcceptNeed command)
    {
        if ((NeedRules.CoveringBureauOnly(need, command.Actor) ?? NeedRules.RequireStatus(need, "accepted", NeedStatus.Submitted)) is { } refused)
        {
            return refused;
        }

        var refinement = (command.Refinement ?? new NeedRefinement()) with
        {
            Title = command.RefinedTitle ?? command.Refinement?.Title,
            Field = command.RefinedField ?? command.Refinement?.Field,
        };
        var refined = refinement.Apply(need.Content);
        if (refined.BudgetMax < refined.BudgetMin)
        {
            return DomainError.Invalid("refinedBudgetMax", "The budget's upper bound is below its lower bound.");
        }

        var accepted = new NeedAccepted(need.Id, refined.Title, refined.Field, command.Actor.UserId, command.Now, need.RoundId, need.PosterKind);
        var changes = NeedChange.Between(need.Content, refined);
        return changes.Count == 0
            ? Decision.Accept(accepted)
            : Decision.Accept(accepted, new NeedRefined(need.Id, refined, changes, command.Actor.UserId, command.Now));
    }
}

public static class AcceptNeedEndpoint
{
    public static RouteGroupBuilder MapAcceptNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/accept", (Guid id, AcceptNeedRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Need>(id, "The need",
                    need => AcceptNeed.Decide(need, new AcceptNeed(null, null, request.Actor, request.Now, body.ToRefinement()))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<AcceptNeedRequest>()
            .WithSummary("Accept a submitted need, optionally refining its title, field, description, indicators and budget range (凝练)");
        return group;
    }
}
