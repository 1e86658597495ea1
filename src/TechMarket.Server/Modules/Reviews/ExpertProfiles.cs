using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>What an expert says of themself: fields of expertise and organisations they must not review.</summary>
public sealed record ExpertProfileRequest(IReadOnlyList<string> Fields, IReadOnlyList<Guid>? DeclaredConflicts = null);

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
        experts.MapPut("/me", UpdateAsync)
            .RequireAuthorization(Policies.Expert)
            .Validate<ExpertProfileRequest>()
            .WithSummary("Declare your fields and conflicts of interest (评审专家库); send If-Match with the ETag to update safely");
        experts.MapGet("/me", async Task<IResult> (Actor actor, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                if (await session.LoadAsync<ExpertProfile>(actor.UserId, ct) is not { } profile)
                {
                    return Problems.NotFound("Your expert profile");
                }

                http.Response.SetETag((await session.MetadataForAsync(profile, ct))?.CurrentRevision ?? 0);
                return TypedResults.Ok(profile);
            })
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

    /// <summary>
    /// The profile is a document with a numeric revision, served as its ETag. If-Match is honoured like on a stream:
    /// a stale version is a 412, and even without If-Match a concurrent update loses (409) instead of overwriting.
    /// </summary>
    private static async Task<IResult> UpdateAsync(ExpertProfileRequest request, Actor actor, IDocumentSession session, HttpContext http, CancellationToken ct)
    {
        if (!ETags.TryReadExpectedVersion(http.Request, out var expected))
        {
            return ETags.MalformedIfMatch();
        }

        var current = await session.LoadAsync<ExpertProfile>(actor.UserId, ct);
        if (current is null && !string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch.ToString()))
        {
            return Problems.NothingToMatch();
        }

        var revision = current is null ? 0 : (await session.MetadataForAsync(current, ct))?.CurrentRevision ?? 0;
        if (expected is { } version && version != revision)
        {
            return Problems.StaleVersion(version);
        }

        var profile = new ExpertProfile(
            actor.UserId, actor.Name, actor.OrganisationId, request.Fields.Distinct().ToList(), (request.DeclaredConflicts ?? []).Distinct().ToList());
        if (current is null)
        {
            session.Insert(profile);
        }
        else
        {
            session.UpdateRevision(profile, revision + 1);
        }

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return expected is { } stale ? Problems.StaleVersion(stale) : Problems.ConcurrentWrite();
        }

        http.Response.SetETag(revision + 1);
        return TypedResults.Ok(profile);
    }
}
