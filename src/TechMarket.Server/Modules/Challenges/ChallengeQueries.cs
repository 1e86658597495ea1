using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges;

public static class ChallengeQueries
{
    public static RouteGroupBuilder MapChallengeQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/", Board).RequireAuthorization(Policies.Public)
            .WithSummary("The public board: published challenges with bounty, field, time left and bid count");
        group.MapGet("/summary", Summary).RequireAuthorization(Policies.Public)
            .WithSummary("The board at a glance: how many challenges are open for bids, and their bounties together");
        group.MapGet("/drafts", Drafts).RequireAuthorization(Policies.Bureau)
            .WithSummary("Draft challenges of your jurisdiction, waiting for funding or publication");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Public)
            .WithSummary("A challenge's page; confidential details once your organisation accepted the NDA");
        group.MapGet("/{id:guid}/disclosures", Disclosures).RequireAuthorization(Policies.User)
            .WithSummary("Who unlocked the confidential details, and when (funding enterprises and the bureau)");
        return group;
    }

    private static async Task<Results<Ok<Paged<ChallengeCard>>, ValidationProblem>> Board(
        IQuerySession session, IChallengeBids bids, TimeProvider clock, string? field, string? district, ChallengeStatus? status, ChallengeMode? mode, string? q,
        int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        if (status is ChallengeStatus.Draft)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Drafts are not on the board."] });
        }

        var query = OnBoard(session, status);
        if (!string.IsNullOrWhiteSpace(field))
        {
            query = query.Where(c => c.Terms.Field.StartsWith(field));
        }

        if (!string.IsNullOrWhiteSpace(district))
        {
            query = query.Where(c => c.District == district);
        }

        if (mode is { } wantedMode)
        {
            query = query.Where(c => c.Terms.Mode == wantedMode);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(c => c.Terms.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                                     || c.Terms.PublicSummary.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        var results = await query.OrderByDescending(c => c.PublishedAt).ThenBy(c => c.Id).PageAsync(page, pageSize, ct);
        var counts = await bids.StandingCountsAsync(session, [.. results.Select(c => c.Id)], ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(results.As(c => ChallengeVisibility.ToCard(c, counts.GetValueOrDefault(c.Id), now)));
    }

    /// <summary>The home page's figures, counted and summed by the database over every open challenge (the browser once
    /// summed a page of a hundred cards: past a hundred open challenges the bounty on offer came out short).</summary>
    private static async Task<Ok<BoardSummary>> Summary(IQuerySession session, CancellationToken ct)
    {
        var open = OnBoard(session, ChallengeStatus.Published);
        var count = await open.CountAsync(ct);
        return TypedResults.Ok(new BoardSummary(count, count == 0 ? 0m : await open.SumAsync(c => c.Bounty, ct)));
    }

    /// <summary>The challenges the board lists (of one status, or every one not drafted or cancelled), filtered on the
    /// status column and paged by publication time, both indexed (ChallengesModule).</summary>
    public static IQueryable<ChallengeDetails> OnBoard(IQuerySession session, ChallengeStatus? status)
    {
        var query = session.Query<ChallengeDetails>();
        return status is { } wanted
            ? query.Where(c => c.Status == wanted)
            : query.Where(c => c.Status != ChallengeStatus.Draft && c.Status != ChallengeStatus.Cancelled);
    }

    private static async Task<Ok<List<ChallengeCard>>> Drafts(Actor actor, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var drafts = await session.Query<ChallengeDetails>().Where(c => c.Status == ChallengeStatus.Draft).OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(drafts.Where(c => ChallengeVisibility.IsBureauOf(c, actor)).Select(c => ChallengeVisibility.ToCard(c, 0, now)).ToList());
    }

    private static async Task<Results<Ok<ChallengeView>, ProblemHttpResult>> Get(Guid id, IChallengeBids bids, [AsParameters] RequestContext request)
    {
        var (actor, session, ct) = (request.Actor, request.Session, request.Cancellation);
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        var counts = await bids.StandingCountsAsync(session, [id], ct);
        var winnerIds = challenge.Results.Where(r => r.Won).Select(r => r.OrganisationId).ToArray();
        var names = winnerIds.Length == 0
            ? new Dictionary<Guid, string>()
            : (await session.LoadManyAsync<Organisation>(ct, winnerIds)).ToDictionary(o => o.Id, o => o.Name);
        var view = ChallengeVisibility.ToView(challenge, actor, counts.GetValueOrDefault(id), names, request.Now);
        if (view.Version is { } version)
        {
            request.Http.Response.SetETag(version);
        }
        else
        {
            request.Http.Response.SetContentETag(view);
        }

        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<List<Disclosure>>, ProblemHttpResult>> Disclosures(
        Guid id, Actor actor, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ChallengeDetails>(id, ct) is not { } challenge || !ChallengeVisibility.CanSee(challenge, actor))
        {
            return Problems.NotFound("The challenge");
        }

        return ChallengeVisibility.IsBureauOf(challenge, actor) || ChallengeVisibility.IsFunder(challenge, actor)
            ? TypedResults.Ok(challenge.Disclosures)
            : Problems.Problem(StatusCodes.Status403Forbidden, "forbidden", "Forbidden",
                "Only the funding enterprises and the bureau see who unlocked the confidential details.");
    }
}
