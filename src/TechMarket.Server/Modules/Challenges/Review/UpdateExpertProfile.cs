using FluentValidation;
using JasperFx;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Challenges.Review;

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

/// <summary>
/// 评审专家库: an expert declares their fields and conflicts. The profile is the expert's own document, not a stream —
/// there is no state rule to decide, only its numeric revision, served as its ETag and honoured like a stream's
/// version: a stale If-Match is a 412, and even without one a concurrent update loses (409) instead of overwriting.
/// </summary>
public static class UpdateExpertProfileEndpoint
{
    public static RouteGroupBuilder MapUpdateExpertProfile(this RouteGroupBuilder experts)
    {
        experts.MapPut("/me", Handle)
            .RequireAuthorization(Policies.Expert)
            .Validate<ExpertProfileRequest>()
            .WithSummary("Declare your fields and conflicts of interest (评审专家库); send If-Match with the ETag to update safely");
        return experts;
    }

    private static async Task<Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>> Handle(
        ExpertProfileRequest body, [AsParameters] RequestContext request)
    {
        var (actor, session, http, ct) = (request.Actor, request.Session, request.Http, request.Cancellation);
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
            actor.UserId, actor.Name, actor.OrganisationId, [.. body.Fields.Distinct()], [.. (body.DeclaredConflicts ?? []).Distinct()]);
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
        catch (ConcurrencyException)
        {
            return expected is { } stale ? Problems.StaleVersion(stale) : Problems.ConcurrentWrite();
        }

        http.Response.SetETag(revision + 1);
        return TypedResults.Ok(profile);
    }
}
