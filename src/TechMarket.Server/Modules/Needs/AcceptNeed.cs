using FluentValidation;
using Marten;
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

public static class AcceptNeed
{
    public static Decision Decide(Need need, AcceptNeedRequest request, Actor officer, DateTimeOffset now) =>
        NeedRules.CoveringBureauOnly(need, officer)
        ?? NeedRules.RequireStatus(need, "accepted", NeedStatus.Submitted)
        ?? Decision.Accept(new NeedAccepted(
            need.Id,
            string.IsNullOrWhiteSpace(request.RefinedTitle) ? need.Content.Title : request.RefinedTitle.Trim(),
            request.RefinedField ?? need.Content.Field,
            officer.UserId,
            now));

    public static RouteGroupBuilder MapAcceptNeed(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/accept", (Guid id, AcceptNeedRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                session.Execute<Need>(http, id, "The need", need => Decide(need, request, actor, clock.GetUtcNow()), ct))
            .RequireAuthorization(Policies.Bureau)
            .Validate<AcceptNeedRequest>()
            .WithSummary("Accept a submitted need, optionally refining its title and field (凝练)");
        return group;
    }
}
