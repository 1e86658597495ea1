using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>The bureau's entry for an expert account: fields, title, organisation and declared conflicts.</summary>
public sealed record ExpertRegistrationRequest(
    IReadOnlyList<string> Fields, string? Title = null, Guid? OrganisationId = null, IReadOnlyList<Guid>? DeclaredConflicts = null);

public sealed class ExpertRegistrationValidator : AbstractValidator<ExpertRegistrationRequest>
{
    public ExpertRegistrationValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Fields).NotNull().Must(f => f is null || f.Count is > 0 and <= 10).WithMessage("Between 1 and 10 fields.");
        RuleForEach(r => r.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.DeclaredConflicts).Must(c => c is null || c.Count <= 50).WithMessage("At most 50 declared conflicts.");
        RuleFor(r => r.Title).Must(t => t is null || t.Trim().Length <= ExpertProfileValidator.MaxTitleLength)
            .WithMessage($"Must be at most {ExpertProfileValidator.MaxTitleLength} characters.");
    }
}

/// <summary>The bureau registers an expert account into the pool (or re-enters it), approved at once.</summary>
public static class RegisterExpertEndpoint
{
    public static RouteGroupBuilder MapRegisterExpert(this RouteGroupBuilder experts)
    {
        experts.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Policies.Bureau)
            .Validate<ExpertRegistrationRequest>()
            .WithSummary("Register an expert account in the pool (评审专家库), approved; send If-Match with its revision to re-enter one");
        return experts;
    }

    private static async Task<Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, ExpertRegistrationRequest body, UserManager<AppUser> users, [AsParameters] RequestContext request)
    {
        var (session, http, ct) = (request.Session, request.Http, request.Cancellation);
        if (ExpertPool.CityBureauOnly(request.Actor) is { } outside)
        {
            return Problems.Refuse<Ok<ExpertProfile>>(outside);
        }

        if (await users.FindByIdAsync(id.ToString()) is not { } user || !await users.IsInRoleAsync(user, Roles.Expert))
        {
            return Problems.NotFound("The expert account");
        }

        var (current, revision, expected, problem) = await ExpertProfileStore.LoadAsync(session, id, http.Request, ct);
        return problem ?? await ExpertProfileStore.SaveAsync(
            session, current, revision, expected, ExpertPool.Register(id, user.DisplayName, body), http.Response, ct);
    }
}
