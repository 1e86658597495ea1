using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The funnel of the needs submitted in a period, in a region (and a field, if asked).</summary>
public sealed record FunnelAnswer(string Region, string Period, string? Field, IReadOnlyList<FunnelStage> Stages);

public static class FunnelQueries
{
    public static RouteGroupBuilder MapFunnelQueries(this RouteGroupBuilder statistics)
    {
        statistics.MapGet("/funnel", Get).RequireAuthorization(Policies.Bureau)
            .WithSummary("Needs submitted in the period → accepted → in a published challenge → bids → awarded → contract signed → registered → first payment");
        return statistics;
    }

    private static async Task<Results<Ok<FunnelAnswer>, ValidationProblem, ProblemHttpResult>> Get(
        [AsParameters] PeriodQuery query, string? field, Actor actor, StatisticsScope scope, IQuerySession session, CancellationToken ct)
    {
        var (read, error) = StatisticsAnswers.Check(scope, actor, query);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<FunnelAnswer>(error);
        }

        var codes = read!.Scope.Codes.ToArray();
        var (from, to) = read.Period.Instants;
        var needs = await session.Query<NeedDetails>()
            .Where(n => n.District.IsOneOf(codes) && n.SubmittedAt != null && n.SubmittedAt >= from && n.SubmittedAt < to).ToListAsync(ct);
        if (field is { Length: > 0 })
        {
            needs = [.. needs.Where(n => CubeFacts.TopField(n.Field) == field || n.Field == field)];
        }

        var challengeIds = needs.SelectMany(n => n.Challenges.Select(c => c.ChallengeId)).Distinct().ToArray();
        var challenges = (await session.Query<ChallengeDetails>().Where(c => c.Id.IsOneOf(challengeIds)).ToListAsync(ct)).ToDictionary(c => c.Id);
        var firstBids = (await session.Query<BidDetails>().Where(b => b.ChallengeId.IsOneOf(challengeIds)).ToListAsync(ct))
            .GroupBy(b => b.ChallengeId).ToDictionary(g => g.Key, g => g.Min(b => b.FirstSubmittedAt));
        var contracts = (await session.Query<ContractDetails>().Where(c => c.Source.Origin == ContractOrigin.Challenge).ToListAsync(ct))
            .Where(c => c.Source.SourceId is { } id && challenges.ContainsKey(id)).ToList();
        var items = needs.Select(n =>
        {
            var published = n.Challenges.Select(c => challenges.GetValueOrDefault(c.ChallengeId)).Where(c => c?.PublishedAt is not null).ToList();
            var ids = published.Select(c => c!.Id).ToHashSet();
            var ofNeed = contracts.Where(c => ids.Contains(c.Source.SourceId!.Value)).ToList();
            return new FunnelItem(n.Id, n.District, n.Field,
            [
                n.SubmittedAt, n.AcceptedAt, Earliest(published.Select(c => c!.PublishedAt)),
                Earliest(ids.Select(id => firstBids.TryGetValue(id, out var at) ? at : (DateTimeOffset?)null)),
                Earliest(published.Select(c => c!.AwardedAt)),
                Earliest(ofNeed.Select(c => c.SignedAt)),
                Earliest(ofNeed.Select(c => c.Registration is { } r ? r.RegisteredOn.StartInChina() : (DateTimeOffset?)null)),
                Earliest(ofNeed.SelectMany(c => c.Payments).Select(p => p.ConfirmedOn is { } d ? d.StartInChina() : (DateTimeOffset?)null)),
            ]);
        }).ToList();
        return TypedResults.Ok(new FunnelAnswer(read.Scope.Region.Code, read.Period.Label, field, FunnelBuilder.Build(items)));
    }

    private static DateTimeOffset? Earliest(IEnumerable<DateTimeOffset?> times) => times.Where(t => t is not null).Min();
}
