using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Needs;

public static class NeedQueries
{
    /// <summary>Statuses in which a need is on the public list.</summary>
    public static readonly IReadOnlySet<NeedStatus> Listed = new HashSet<NeedStatus> { NeedStatus.Accepted };

    public static RouteGroupBuilder MapNeedQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).RequireAuthorization(Policies.Public)
            .WithSummary("The public list of needs: accepted needs, public summary only, paged and filtered");
        group.MapGet("/mine", Mine).RequireAuthorization(Policies.NeedPoster)
            .WithSummary("The caller's enterprise's needs, in every status");
        group.MapGet("/queue", Queue).RequireAuthorization(Policies.Bureau)
            .WithSummary("Needs in the caller's jurisdiction, by default those waiting for a decision; q finds them by title, summary or enterprise");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Public)
            .WithSummary("One need: in full for its enterprise and the bureau, its public summary for others");
        return group;
    }

    /// <summary>What a reader may see of a need: all of it (<see cref="NeedView"/>), its public summary
    /// (<see cref="NeedSummary"/>), or nothing.</summary>
    public static object? VisibleTo(NeedDetails need, Actor actor)
    {
        if (actor.BelongsTo(need.OrganisationId) || (need.Status != NeedStatus.Draft && actor.Covers(need.District)))
        {
            return need.ToView();
        }

        return Listed.Contains(need.Status) ? need.ToSummary() : null;
    }

    private static async Task<Results<Ok<NeedView>, Ok<NeedSummary>, ProblemHttpResult>> Get(Guid id, [AsParameters] RequestContext request)
    {
        var need = await request.Session.LoadAsync<NeedDetails>(id, request.Cancellation);
        var visible = need is null ? null : VisibleTo(need, request.Actor);
        if (visible is null)
        {
            return Problems.NotFound("The need");
        }

        request.Http.Response.SetETag(need!.Version);
        return visible is NeedView view ? TypedResults.Ok(view) : TypedResults.Ok((NeedSummary)visible);
    }

    private static async Task<Results<Ok<Paged<NeedSummary>>, ValidationProblem>> List(
        IQuerySession session, string? field, string? district, NeedStatus? status, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (status is { } wanted && !Listed.Contains(wanted))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Only accepted needs are listed publicly."] });
        }

        IQueryable<NeedDetails> query = session.Query<NeedDetails>();
        query = status is { } only ? query.Where(n => n.Status == only) : query.Where(n => n.Status == NeedStatus.Accepted);
        if (!string.IsNullOrWhiteSpace(field))
        {
            query = query.Where(n => n.Field.StartsWith(field));
        }

        if (!string.IsNullOrWhiteSpace(district))
        {
            query = query.Where(n => n.District == district);
        }

        var results = await Containing(query, q).OrderByDescending(n => n.AcceptedAt).ThenBy(n => n.Id).PageAsync(page, pageSize, ct);
        return TypedResults.Ok(results.As(NeedMapper.ToSummary));
    }

    private static async Task<Results<Ok<Paged<NeedView>>, ValidationProblem>> Mine(
        Actor actor, IQuerySession session, NeedStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var query = session.Query<NeedDetails>().Where(n => n.OrganisationId == actor.OrganisationId);
        if (status is { } wanted)
        {
            query = query.Where(n => n.Status == wanted);
        }

        var results = await query.OrderByDescending(n => n.UpdatedAt).PageAsync(page, pageSize, ct);
        return TypedResults.Ok(results.As(NeedMapper.ToView));
    }

    /// <summary>The needs whose title, public summary or enterprise's name contains the text (any case); all of them
    /// without one.</summary>
    private static IQueryable<NeedDetails> Containing(IQueryable<NeedDetails> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return query;
        }

        var text = q.Trim();
        return query.Where(n => n.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                                || n.PublicSummary.Contains(text, StringComparison.OrdinalIgnoreCase)
                                || n.OrganisationName.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The bureau's queue: needs of one status in the officer's jurisdiction — the waiting ones oldest submission
    /// first, the others latest change first — found by <paramref name="q"/> in their title, public summary or
    /// enterprise's name (the queue's search, the challenge form's need picker).</summary>
    private static async Task<Results<Ok<Paged<NeedView>>, ValidationProblem>> Queue(
        Actor actor, IQuerySession session, NeedStatus? status, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (status == NeedStatus.Draft)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Drafts belong to their enterprise until submitted."] });
        }

        var wanted = status ?? NeedStatus.Submitted;
        var query = session.Query<NeedDetails>().Where(n => n.Status == wanted);
        if (actor.Jurisdiction != Jurisdictions.City)
        {
            query = query.Where(n => n.District == actor.Jurisdiction);
        }

        // Waiting needs in the order they came (first come, first decided); the others latest change first.
        var found = Containing(query, q);
        var ordered = wanted == NeedStatus.Submitted ? found.OrderBy(n => n.SubmittedAt) : found.OrderByDescending(n => n.UpdatedAt);
        var results = await ordered.ThenBy(n => n.Id).PageAsync(page, pageSize, ct);
        return TypedResults.Ok(results.As(NeedMapper.ToView));
    }
}
