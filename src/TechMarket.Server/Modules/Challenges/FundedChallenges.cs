using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>
/// 出资与验收, a page at a time: the challenges the caller's enterprise funds (drafts it is asked to fund included), newest
/// first, each as the funder reads it on the challenge's own page — nothing more, so no sealed bid shows here. The
/// funders are found by containment in the GIN index on the funders' ids (ChallengesModule), then sorted: an enterprise
/// funds tens or hundreds of challenges, not the whole board. A page is four statements whatever its size: the page, the
/// total, the standing bid counts of its challenges and its winners' names.
/// </summary>
public static class FundedChallenges
{
    private const string Table = $"{MartenSetup.Schema}.mt_doc_challenge_details";

    /// <summary>When the challenge was drafted: drafts have no publication time, and a funder sees them too.</summary>
    private const string Created = $"{MartenSetup.Schema}.mt_immutable_timestamptz(d.data ->> 'createdAt')";


    public static RouteGroupBuilder MapFundedChallenges(this RouteGroupBuilder group)
    {
        group.MapGet("/funded", Funded).RequireAuthorization(Policies.Enterprise)
            .WithSummary("The challenges your enterprise funds (出资与验收), newest first, a page at a time, as you read each on its page");
        return group;
    }

    private static async Task<Results<Ok<Paged<ChallengeView>>, ValidationProblem>> Funded(
        Actor actor, IQuerySession session, IChallengeBids bids, TimeProvider clock, ChallengeStatus? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } problem)
        {
            return problem;
        }

        var (number, size) = (page ?? 1, pageSize ?? Paging.DefaultPageSize);
        var organisation = actor.OrganisationId!.Value;
        var rows = PageStatement(organisation, status, number, size);
        var count = CountStatement(organisation, status);
        var challenges = await session.QueryAsync<ChallengeDetails>(rows.Sql, ct, rows.Parameters);
        var total = (await session.QueryAsync<long>(count.Sql, ct, count.Parameters)).Single();
        if (challenges.Count == 0)
        {
            return TypedResults.Ok(new Paged<ChallengeView>([], total, number, size));
        }

        var counts = await bids.StandingCountsAsync(session, [.. challenges.Select(c => c.Id)], ct);
        var winnerIds = challenges.SelectMany(c => c.Results.Where(r => r.Won).Select(r => r.OrganisationId)).Distinct().ToArray();
        var names = winnerIds.Length == 0
            ? new Dictionary<Guid, string>()
            : (await session.LoadManyAsync<Organisation>(ct, winnerIds)).ToDictionary(o => o.Id, o => o.Name);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new Paged<ChallengeView>(
            [.. challenges.Select(c => ChallengeVisibility.ToView(c, actor, counts.GetValueOrDefault(c.Id), names, now))], total, number, size));
    }

    /// <summary>One page, the latest drafted first (ties by id, so pages never overlap).</summary>
    public static SqlStatement PageStatement(Guid organisation, ChallengeStatus? status, int page, int pageSize)
    {
        var (where, values) = Where(organisation, status);
        return new($"select d.data from {Table} as d where {where} order by {Created} desc, d.id desc offset ? limit ?",
            [.. values, (page - 1) * pageSize, pageSize]);
    }

    public static SqlStatement CountStatement(Guid organisation, ChallengeStatus? status)
    {
        var (where, values) = Where(organisation, status);
        return new($"select count(*) from {Table} as d where {where}", values);
    }

    /// <summary>Funded by the organisation — the containment the funders' GIN index answers — and of the status asked.</summary>
    private static (string Sql, object[] Values) Where(Guid organisation, ChallengeStatus? status)
    {
        var funder = JsonSerializer.Serialize(new[] { organisation });
        return status is { } wanted
            ? ("d.data -> 'funderIds' @> ?::jsonb and d.data ->> 'status' = ?", [funder, wanted.ToString()])
            : ("d.data -> 'funderIds' @> ?::jsonb", [funder]);
    }
}
