using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>What an expert says of themself: fields of expertise, organisations they must not review, their title.</summary>
public sealed record ExpertProfileRequest(IReadOnlyList<string> Fields, IReadOnlyList<Guid>? DeclaredConflicts = null, string? Title = null);

public sealed class ExpertProfileValidator : AbstractValidator<ExpertProfileRequest>
{
    public const int MaxTitleLength = 100;

    public ExpertProfileValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Fields).NotNull().Must(f => f is null || f.Count <= 10).WithMessage("At most 10 fields.");
        RuleForEach(r => r.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.DeclaredConflicts).Must(c => c is null || c.Count <= 50).WithMessage("At most 50 declared conflicts.");
        RuleFor(r => r.Title).Must(t => t is null || t.Trim().Length <= MaxTitleLength).WithMessage($"Must be at most {MaxTitleLength} characters.");
    }
}

/// <summary>
/// 评审专家库: an expert registers (pending until the bureau approves) or proposes an edit of its approved entry, which
/// the bureau applies by approving it (<see cref="ExpertPool.Propose"/>). Send If-Match with the ETag to update safely.
/// </summary>
public static class UpdateExpertProfileEndpoint
{
    public static RouteGroupBuilder MapUpdateExpertProfile(this RouteGroupBuilder experts)
    {
        experts.MapPut("/me", Handle)
            .RequireAuthorization(Policies.Expert)
            .Validate<ExpertProfileRequest>()
            .WithSummary("Register in the expert pool (评审专家库), or propose a change of your entry for the bureau to approve");
        return experts;
    }

    private static async Task<Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>> Handle(
        ExpertProfileRequest body, [AsParameters] RequestContext request)
    {
        var (actor, session, http, ct) = (request.Actor, request.Session, request.Http, request.Cancellation);
        var (current, revision, expected, problem) = await ExpertProfileStore.LoadAsync(session, actor.UserId, http.Request, ct);
        return problem ?? await ExpertProfileStore.SaveAsync(
            session, current, revision, expected, ExpertPool.Propose(current, actor, body, request.Now), http.Response, ct);
    }
}
