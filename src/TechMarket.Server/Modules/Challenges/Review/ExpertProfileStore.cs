using JasperFx;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>
/// The one way an expert profile is written: it is a document, not a stream, so its numeric revision plays a stream's
/// version — served as its ETag and honoured from If-Match (a stale one is a 412), and even without one a concurrent
/// write loses (409) instead of overwriting.
/// </summary>
public static class ExpertProfileStore
{
    /// <summary>The profile and its revision (0 when there is none yet), or the problem with the If-Match sent.</summary>
    public static async Task<(ExpertProfile? Current, long Revision, long? Expected, Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>? Problem)> LoadAsync(
        IDocumentSession session, Guid expertId, HttpRequest http, CancellationToken ct)
    {
        if (!ETags.TryReadExpectedVersion(http, out var expected))
        {
            return (null, 0, null, (Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>)ETags.MalformedIfMatch());
        }

        var current = await session.LoadAsync<ExpertProfile>(expertId, ct);
        if (current is null && !string.IsNullOrWhiteSpace(http.Headers.IfMatch.ToString()))
        {
            return (null, 0, null, (Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>)Problems.NothingToMatch());
        }

        var revision = current is null ? 0 : (await session.MetadataForAsync(current, ct))?.CurrentRevision ?? 0;
        return expected is { } version && version != revision
            ? (current, revision, expected, (Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>)Problems.StaleVersion(version))
            : (current, revision, expected, null);
    }

    public static async Task<Results<Ok<ExpertProfile>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        IDocumentSession session, ExpertProfile? current, long revision, long? expected, ExpertProfile next, HttpResponse response, CancellationToken ct)
    {
        if (current is null)
        {
            session.Insert(next);
        }
        else
        {
            session.UpdateRevision(next, revision + 1);
        }

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return expected is { } stale ? Problems.StaleVersion(stale) : Problems.ConcurrentWrite();
        }

        response.SetETag(revision + 1);
        return TypedResults.Ok(next);
    }
}
