using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>What an expert says of themself: fields of expertise and organisations they must not review.</summary>
public sealed record ExpertProfileRequest(IReadOnlyList<string> Fields, IReadOnlyList<Guid>? DeclaredConflicts);

public sealed class ExpertProfileValidator : AbstractValidator<ExpertProfileRequest>
{
    public ExpertProfileValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Fields).NotNull().Must(f => f is null || f.Count <= 10).WithMessage("At most 10 fields.");
        RuleForEach(r => r.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.DeclaredConflicts).Must(c => c is null || c.Count <= 50).WithMessage("At most 50 declared conflicts.");
    }
}

public static class ExpertProfiles
{
    public static IEndpointRouteBuilder MapExpertProfiles(this IEndpointRouteBuilder app)
    {
        var experts = app.MapGroup("/api/experts").WithTags("Reviews");
        experts.MapPut("/me", async (ExpertProfileRequest request, Actor actor, IDocumentSession session, CancellationToken ct) =>
            {
                var profile = new ExpertProfile(actor.UserId, actor.Name, actor.OrganisationId, request.Fields.Distinct().ToList(), (request.DeclaredConflicts ?? []).Distinct().ToList());
                session.Store(profile);
                await session.SaveChangesAsync(ct);
                return TypedResults.Ok(profile);
            })
            .RequireAuthorization(Policies.Expert)
            .Validate<ExpertProfileRequest>()
            .WithSummary("Declare your fields and conflicts of interest (评审专家库)");
        experts.MapGet("/me", async Task<IResult> (Actor actor, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<ExpertProfile>(actor.UserId, ct) is { } profile ? TypedResults.Ok(profile) : Problems.NotFound("Your expert profile"))
            .RequireAuthorization(Policies.Expert)
            .WithSummary("Your expert profile");
        experts.MapGet("/", async (IQuerySession session, string? field, CancellationToken ct) =>
            {
                var profiles = await session.Query<ExpertProfile>().OrderBy(e => e.Name).ToListAsync(ct);
                return TypedResults.Ok(string.IsNullOrWhiteSpace(field) ? profiles : profiles.Where(p => p.Fields.Any(f => f.StartsWith(field, StringComparison.Ordinal))).ToList());
            })
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("The expert pool, optionally by field");
        return app;
    }
}
