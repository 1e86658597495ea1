using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Needs;

/// <summary>凝练: the bureau may sharpen the title and correct the field when it accepts a need.</summary>
public sealed record AcceptNeedRequest(string? RefinedTitle = null, string? RefinedField = null);

public sealed class AcceptNeedValidator : AbstractValidator<AcceptNeedRequest>
{
    public AcceptNeedValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.RefinedTitle).TrimmedLength(4, 100);
        RuleFor(r => r.RefinedField).Must(catalog.IsField).When(r => r.RefinedField is not null).WithMessage("Unknown technical field code.");
    }
}

public sealed record AcceptNeed(string? RefinedTitle, string? RefinedField, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Need need, AcceptNeed command) =>
        NeedRules.CoveringBureauOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "accepted", NeedStatus.Submitted)
        ?? Decision.Accept(new NeedAccepted(
            need.Id,
            string.IsNullOrWhiteSpace(command.RefinedTitle) ? need.Content.Title : command.RefinedTitle.Trim(),
            command.RefinedField ?? need.Content.Field,
            command.Actor.UserId,
            command.Now));
}

public static class AcceptNeedEndpoint
{
    public static RouteGroupBuilder MapAcceptNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/accept", (Guid id, AcceptNeedRequest body, [AsParameters] RequestContext request) =>
                request.Execute<Need>(id, "The need",
                    need => AcceptNeed.Decide(need, new AcceptNeed(body.RefinedTitle, body.RefinedField, request.Actor, request.Now))))
            .RequireAuthorization(Policies.Bureau)
            .Validate<AcceptNeedRequest>()
            .WithSummary("Accept a submitted need, optionally refining its title and field (凝练)");
        return group;
    }
}
