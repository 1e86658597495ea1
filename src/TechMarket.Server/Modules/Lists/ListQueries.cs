using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Lists;

/// <summary>A published list as the public sees it in the list of lists.</summary>
public sealed record ListSummary(Guid Id, string Bureau, string Number, string Title, DateOnly PublishedOn, Guid RoundId, string RoundName, int ChallengeCount);

/// <summary>A published list's page: the list and its challenges as the board shows them.</summary>
public sealed record ListView(
    Guid Id, string Bureau, string Number, string Title, DateOnly PublishedOn, Guid RoundId, string RoundName, IReadOnlyList<ChallengeCard> Challenges);

public static class ListQueries
{
    public static RouteGroupBuilder MapListQueries(this RouteGroupBuilder group)
    {
        group.MapGet("/", All).RequireAuthorization(Policies.Public).WithSummary("Published lists (榜单), newest first");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Public).WithSummary("A published list with its challenges");
        return group;
    }

    /// <summary>The bureau's report on one of its rounds (the city bureau reads every round's).</summary>
    public static RouteGroupBuilder MapRoundReport(this RouteGroupBuilder rounds)
    {
        rounds.MapGet("/{id:guid}/report", Report).RequireAuthorization(Policies.Bureau)
            .WithSummary("A round's report: needs collected, share from enterprises, accepted, refined into challenges, published, awarded");
        return rounds;
    }

    private static async Task<Ok<List<ListSummary>>> All(IQuerySession session, CancellationToken ct)
    {
        var lists = await session.Query<PublishedList>().OrderByDescending(l => l.PublishedAt).ToListAsync(ct);
        return TypedResults.Ok(lists.Select(l => new ListSummary(l.Id, l.Bureau, l.Number, l.Title, l.PublishedOn, l.RoundId, l.RoundName, l.Challenges.Count)).ToList());
    }

    private static async Task<Results<Ok<ListView>, ProblemHttpResult>> Get(Guid id, IQuerySession session, IChallengeBids bids, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<PublishedList>(id, ct) is not { } list)
        {
            return Problems.NotFound("The list");
        }

        var ids = list.Challenges.Select(c => c.ChallengeId).ToList();
        var details = (await session.LoadManyAsync<ChallengeDetails>(ct, ids)).ToDictionary(c => c.Id);
        var counts = await bids.StandingCountsAsync(session, ids, ct);
        var now = clock.GetUtcNow();
        // A listed challenge was published, so its public card is everyone's to read, whatever became of it since.
        var cards = ids.Where(details.ContainsKey).Select(c => ChallengeVisibility.ToCard(details[c], counts.GetValueOrDefault(c), now)).ToList();
        return TypedResults.Ok(new ListView(list.Id, list.Bureau, list.Number, list.Title, list.PublishedOn, list.RoundId, list.RoundName, cards));
    }

    private static async Task<Results<Ok<RoundReport>, ProblemHttpResult>> Report(Guid id, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        if (await session.LoadAsync<CollectionRound>(id, ct) is not { } round)
        {
            return Problems.NotFound("The round");
        }

        if (!request.Actor.Covers(round.Bureau))
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "not-your-round", "Forbidden", "The round belongs to another bureau.");
        }

        var needs = await session.Query<RoundNeedEntry>().Where(n => n.RoundId == id).ToListAsync(ct);
        var challenges = await session.Query<RoundChallengeEntry>().Where(c => c.RoundId == id).ToListAsync(ct);
        var lists = await session.Query<PublishedList>().Where(l => l.RoundId == id).ToListAsync(ct);
        return TypedResults.Ok(RoundReport.From(round.Id, round.Name, [.. needs], [.. challenges], [.. lists]));
    }
}
