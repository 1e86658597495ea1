using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

public static class AchievementQueries
{
    public static RouteGroupBuilder MapAchievementQueries(this RouteGroupBuilder achievements)
    {
        // The hall is public, like the needs hall and the board: anyone reads what is published, signed in or not.
        achievements.MapGet("/", Hall).RequireAuthorization(Policies.Public)
            .WithSummary("The achievement hall (成果大厅), public: published achievements, filtered and paged");
        achievements.MapGet("/mine", Mine).RequireAuthorization(Policies.University).WithSummary("Your organisation's achievements, withdrawn ones too, last changed first, a page at a time");
        achievements.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Public)
            .WithSummary("One achievement with its price history, public while published (a withdrawn one, or one of a suspended organisation: its owner and its bureau only)");
        return achievements;
    }

    private static async Task<Results<Ok<AchievementView>, ProblemHttpResult>> Get(Guid id, Actor actor, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await session.LoadAsync<AchievementDetails>(id, ct) is not { } achievement
            || ((achievement.Withdrawn || await session.LoadAsync<Organisation>(achievement.OrganisationId, ct) is { Status: OrganisationStatus.Suspended })
                && !actor.BelongsTo(achievement.OrganisationId) && !actor.Covers(achievement.District)))
        {
            return Problems.NotFound("The achievement");
        }

        if (actor.BelongsTo(achievement.OrganisationId))
        {
            http.Response.SetETag(achievement.Version);
        }
        else
        {
            http.Response.SetContentETag(achievement.ToView());
        }

        return TypedResults.Ok(achievement.ToView());
    }

    private static async Task<Results<Ok<Paged<AchievementView>>, ValidationProblem>> Hall(
        IQuerySession session, string? field, int? trlMin, TransferMode? mode, bool? trial, decimal? maxPrice, string? district, string? q, int? page,
        int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (trlMin is < 1 or > 9)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["trlMin"] = ["Technology readiness (TRL) is 1 to 9."] });
        }

        var query = session.Query<AchievementDetails>().Where(a => !a.Withdrawn);
        var suspended = await SuspendedOwnersAsync(session, ct);
        query = suspended.Length == 0 ? query : query.Where(a => !suspended.Contains(a.OrganisationId));
        query = string.IsNullOrWhiteSpace(field) ? query : query.Where(a => a.Field.StartsWith(field));
        query = trlMin is { } trl ? query.Where(a => a.Trl >= trl) : query;
        query = mode is { } m ? query.Where(a => a.TransferModes.Contains(m)) : query;
        query = trial == true ? query.Where(a => a.Trial != null) : trial == false ? query.Where(a => a.Trial == null) : query;
        // A negotiable price (面议) is never above a ceiling, so it stays in the list.
        query = maxPrice is { } max ? query.Where(a => a.AskingPrice == null || a.AskingPrice <= max) : query;
        query = string.IsNullOrWhiteSpace(district) ? query : query.Where(a => a.District == district);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(a => a.Title.Contains(text, StringComparison.OrdinalIgnoreCase) || a.Summary.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        var results = await query.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id).ToPagedListAsync(page ?? 1, pageSize ?? 20, ct);
        return TypedResults.Ok(new Paged<AchievementView>([.. results.Select(a => a.ToView())], results.TotalItemCount, page ?? 1, pageSize ?? 20));
    }

    /// <summary>A suspended organisation's achievements are off the hall until it is reinstated (a handful of
    /// organisations at most, so the list is read per request rather than copied onto every achievement).</summary>
    public static async Task<Guid[]> SuspendedOwnersAsync(IQuerySession session, CancellationToken ct) =>
        [.. await session.Query<Organisation>().Where(o => o.Status == OrganisationStatus.Suspended).Select(o => o.Id).ToListAsync(ct)];

    /// <summary>Paged like "my bids": a university's portfolio grows with every achievement it ever published.</summary>
    private static async Task<Results<Ok<Paged<AchievementView>>, ValidationProblem>> Mine(
        Actor actor, IQuerySession session, int? page, int? pageSize, CancellationToken ct) =>
        Paging.Problem(page, pageSize) is { } problem
            ? problem
            : TypedResults.Ok((await session.Query<AchievementDetails>().Where(a => a.OrganisationId == actor.OrganisationId)
                .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).PageAsync(page, pageSize, ct)).As(a => a.ToView()));
}
